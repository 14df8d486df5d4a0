import torch

a = torch.tensor([100, 100], dtype=torch.int8)
ones = torch.ones(2, dtype=torch.int8)
print(a.sum(), a.sum().dtype)
#> tensor(200) torch.int64
print(torch.dot(a, ones))
#> tensor(-56, dtype=torch.int8)
print(torch.dot(a.long(), ones.long()))
#> tensor(200)
