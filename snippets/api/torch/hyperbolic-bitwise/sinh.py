import math

import torch

x = torch.tensor([-90.0, -1.0, 0.0, 1.0, 90.0])
y = torch.sinh(x)
print(y)
#> tensor([   -inf, -1.1752,  0.0000,  1.1752,     inf])
print(y[3].item(), math.sinh(1.0))
#> 1.175201177597046 1.1752011936438014
print(torch.allclose(y[1:4], (torch.exp(x[1:4]) - torch.exp(-x[1:4])) / 2))
#> True
