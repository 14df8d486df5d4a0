import math

import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.tensor([-2.0, -0.5, 0.0, 0.5, 2.0])
exact = F.gelu(x)
print(exact)
#> tensor([-0.0455, -0.1543,  0.0000,  0.3457,  1.9545])
print(0.5 * x * (1 + torch.erf(x / math.sqrt(2))))
#> tensor([-0.0455, -0.1543,  0.0000,  0.3457,  1.9545])
approx = F.gelu(x, approximate="tanh")
print(approx)
#> tensor([-0.0454, -0.1543,  0.0000,  0.3457,  1.9546])
print(0.5 * x * (1 + torch.tanh(math.sqrt(2 / math.pi) * (x + 0.044715 * x**3))))
#> tensor([-0.0454, -0.1543,  0.0000,  0.3457,  1.9546])

grid = torch.linspace(-6, 6, 1201)
gap = (F.gelu(grid) - F.gelu(grid, approximate="tanh")).abs().max()
print(f"max gap {gap:.1e}")
#> max gap 4.7e-04
print(torch.equal(approx, nn.GELU(approximate="tanh")(x)), torch.equal(exact, nn.GELU()(x)))
#> True True
