import torch

index = torch.tensor([0, 1, 0, 0])
src = torch.tensor([1.0, 2.0, 3.0, 4.0])
print(index.unique().numel() < index.numel())
#> True
print(torch.scatter_add(torch.zeros(3), 0, index, src))
#> tensor([8., 2., 0.])
print(torch.scatter_reduce(torch.zeros(3), 0, index, src, "amax", include_self=False))
#> tensor([4., 2., 0.])
