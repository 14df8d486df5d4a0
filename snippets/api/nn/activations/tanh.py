import math

import torch
from torch import nn

torch.set_printoptions(precision=4)
layer = nn.Tanh()
x = torch.tensor([[-2.0, 0.0], [0.5, 2.0]])
y = layer(x)
print(y)
#> tensor([[-0.9640,  0.0000],
#>         [ 0.4621,  0.9640]])
e = math.exp(2)
print("Tanh(2):", round(y[1, 1].item(), 4), "= (e^2 - e^-2)/(e^2 + e^-2):", round((e - 1 / e) / (e + 1 / e), 4))
#> Tanh(2): 0.964 = (e^2 - e^-2)/(e^2 + e^-2): 0.964
print("shape:", tuple(y.shape), "equals torch.tanh:", torch.equal(y, torch.tanh(x)))
#> shape: (2, 2) equals torch.tanh: True
