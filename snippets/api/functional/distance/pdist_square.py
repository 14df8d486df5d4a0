import torch
import torch.nn.functional as F

torch.manual_seed(0)
points = torch.tensor([[0.0, 0.0], [3.0, 4.0], [0.0, 1.0]])
d = F.pdist(points)
print(d.shape)
#> torch.Size([3])
i, j = torch.triu_indices(3, 3, offset=1)
square = torch.zeros(3, 3)
square[i, j] = d
square = square + square.T
print(square)
#> tensor([[0.0000, 5.0000, 1.0000],
#>         [5.0000, 0.0000, 4.2426],
#>         [1.0000, 4.2426, 0.0000]])
print(torch.allclose(square, torch.cdist(points, points)))
#> True
try:
    F.pdist(points[None])
except RuntimeError as error:
    print("RuntimeError:", error)
    #> RuntimeError: pdist only supports 2D tensors, got: 3D
print(torch.cdist(points[None], points[None]).shape)
#> torch.Size([1, 3, 3])
