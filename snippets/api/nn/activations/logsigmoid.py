import math

import torch
from torch import nn

torch.set_printoptions(precision=4)
x = torch.tensor([-200.0, -1.0, 0.0, 1.0, 30.0])
layer = nn.LogSigmoid()
print(layer(x))
#> tensor([-2.0000e+02, -1.3133e+00, -6.9315e-01, -3.1326e-01, -9.3576e-14])
print("LogSigmoid(-1):", round(layer(x)[1].item(), 4), "= -log(1 + e):", round(-math.log(1 + math.e), 4))
#> LogSigmoid(-1): -1.3133 = -log(1 + e): -1.3133
print("log(sigmoid(x)):", torch.log(torch.sigmoid(x)))
#> log(sigmoid(x)): tensor([   -inf, -1.3133, -0.6931, -0.3133,  0.0000])
