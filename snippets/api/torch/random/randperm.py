import torch

g = torch.Generator().manual_seed(0)
perm = torch.randperm(6, generator=g)
print(perm, perm.dtype)
#> tensor([2, 5, 3, 0, 1, 4]) torch.int64
print(torch.equal(perm.sort().values, torch.arange(6)))
#> True

data = torch.tensor([10, 20, 30, 40, 50, 60])
labels = data // 10
order = torch.randperm(6, generator=g)
print(data[order], labels[order])
#> tensor([40, 10, 60, 50, 30, 20]) tensor([4, 1, 6, 5, 3, 2])
