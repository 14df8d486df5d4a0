import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.tensor([[1.0, 2.0, 0.0, -1.0]])
y = F.glu(x)
print(y, tuple(x.shape), "->", tuple(y.shape))
#> tensor([[0.5000, 0.5379]]) (1, 4) -> (1, 2)
a, b = x.chunk(2, dim=-1)
print(a * torch.sigmoid(b), torch.equal(y, a * torch.sigmoid(b)))
#> tensor([[0.5000, 0.5379]]) True

grid = torch.arange(8.0).reshape(4, 2)
print(tuple(F.glu(grid, dim=0).shape), torch.equal(F.glu(grid, dim=0), nn.GLU(dim=0)(grid)))
#> (2, 2) True

try:
    F.glu(torch.ones(1, 3))
except RuntimeError as error:
    print("RuntimeError:", error)
    #> RuntimeError: Halving dimension must be even, but dimension 1 is size 3
