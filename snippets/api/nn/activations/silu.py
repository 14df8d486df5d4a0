import math

import torch
from torch import nn

torch.set_printoptions(precision=4)
layer = nn.SiLU()
x = torch.tensor([-5.0, -1.0, 0.0, 1.0, 5.0])
print(layer(x))
#> tensor([-0.0335, -0.2689,  0.0000,  0.7311,  4.9665])
print("SiLU(1):", round(layer(x)[3].item(), 4), "= 1/(1 + e^-1):", round(1 / (1 + math.exp(-1)), 4))
#> SiLU(1): 0.7311 = 1/(1 + e^-1): 0.7311
grid = torch.linspace(-5, 5, 10001)
print(f"lowest value: {layer(grid).min():.4f} at x = {grid[layer(grid).argmin()]:.3f}")
#> lowest value: -0.2785 at x = -1.278
