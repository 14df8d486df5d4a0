import torch

base = torch.tensor([9.0, 9.0, 9.0])
index = torch.tensor([0, 0])
src = torch.tensor([3.0, 4.0])
print(torch.scatter_reduce(base, 0, index, src, "sum", include_self=False))
#> tensor([7., 9., 9.])
print(torch.scatter_reduce(torch.zeros(3), 0, index, src, "sum", include_self=False))
#> tensor([7., 0., 0.])
