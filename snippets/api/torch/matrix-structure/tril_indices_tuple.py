import torch

m = torch.arange(1, 10).reshape(3, 3)
idx = torch.tril_indices(3, 3)
print(m[idx].shape)
#> torch.Size([2, 6, 3])
print(m[tuple(idx)])
#> tensor([1, 4, 5, 7, 8, 9])
print(torch.equal(m[tuple(idx)], m[idx[0], idx[1]]))
#> True
