import math

import torch
from torch import nn

torch.set_printoptions(precision=4)
layer = nn.LogSoftmax(dim=1)
x = torch.tensor([[1.0, 2.0, 3.0]])
y = layer(x)
print(y)
#> tensor([[-2.4076, -1.4076, -0.4076]])
print("x - log(e + e^2 + e^3):", round(1 - math.log(math.e + math.e**2 + math.e**3), 4))
#> x - log(e + e^2 + e^3): -2.4076

scores = torch.tensor([[0.0, 200.0]], requires_grad=True)
two_steps = torch.log(nn.Softmax(dim=1)(scores))
one_step = layer(scores)
print("log(Softmax):", two_steps.detach(), "LogSoftmax:", one_step.detach())
#> log(Softmax): tensor([[-inf, 0.]]) LogSoftmax: tensor([[-200.,    0.]])
two_steps[0, 0].backward()
print("grad through log(Softmax):", scores.grad)
#> grad through log(Softmax): tensor([[nan, nan]])
scores.grad = None
one_step[0, 0].backward()
print("grad through LogSoftmax:", scores.grad)
#> grad through LogSoftmax: tensor([[ 1., -1.]])
