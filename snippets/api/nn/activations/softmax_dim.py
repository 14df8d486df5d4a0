import math

import torch
from torch import nn

torch.set_printoptions(precision=4)
x = torch.tensor([[1.0, 2.0, 3.0], [1.0, 1.0, 1.0]])
rows = nn.Softmax(dim=1)(x)
print(rows, rows.sum(dim=1))
#> tensor([[0.0900, 0.2447, 0.6652],
#>         [0.3333, 0.3333, 0.3333]]) tensor([1., 1.])
print("p[0, 2]:", round(rows[0, 2].item(), 4), "= e^3 / (e + e^2 + e^3):", round(math.exp(3) / sum(math.exp(v) for v in (1, 2, 3)), 4))
#> p[0, 2]: 0.6652 = e^3 / (e + e^2 + e^3): 0.6652
print("dim=0, columns sum to 1:", torch.allclose(nn.Softmax(dim=0)(x).sum(dim=0), torch.ones(3)))
#> dim=0, columns sum to 1: True

smallest = nn.Softmin(dim=1)(x)
print("Softmin:", smallest[0])
#> Softmin: tensor([0.6652, 0.2447, 0.0900])
print("Softmin(x) = Softmax(-x):", torch.equal(smallest, nn.Softmax(dim=1)(-x)), "shape:", tuple(smallest.shape))
#> Softmin(x) = Softmax(-x): True shape: (2, 3)
