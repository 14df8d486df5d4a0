import math

import torch
from torch import nn

torch.set_printoptions(precision=4)
x = torch.tensor([[1.0, 2.0, 0.0, -1.0]])
layer = nn.GLU()
y = layer(x)
print(y, tuple(x.shape), "->", tuple(y.shape))
#> tensor([[0.5000, 0.5379]]) (1, 4) -> (1, 2)
print("GLU = a * sigmoid(b):", round(y[0, 1].item(), 4), "= 2 * sigmoid(-1):", round(2 / (1 + math.e), 4))
#> GLU = a * sigmoid(b): 0.5379 = 2 * sigmoid(-1): 0.5379

batch = torch.randn(8, 6, 10)
print("dim=1:", tuple(nn.GLU(dim=1)(batch).shape), "dim=-1:", tuple(nn.GLU()(batch).shape))
#> dim=1: (8, 3, 10) dim=-1: (8, 6, 5)
try:
    layer(torch.randn(2, 5))
except RuntimeError as error:
    print("odd size:", error)
    #> odd size: Halving dimension must be even, but dimension 1 is size 5
