import torch

m = torch.arange(12).reshape(3, 4)
print(m)
#> tensor([[ 0,  1,  2,  3],
#>         [ 4,  5,  6,  7],
#>         [ 8,  9, 10, 11]])
print(torch.diagonal(m), torch.diagonal(m, offset=1), torch.diagonal(m, offset=-1))
#> tensor([ 0,  5, 10]) tensor([ 1,  6, 11]) tensor([4, 9])
print(torch.diagonal(m, offset=5))
#> tensor([], dtype=torch.int64)

batch = torch.arange(18).reshape(2, 3, 3)
print(torch.diagonal(batch, dim1=1, dim2=2))
#> tensor([[ 0,  4,  8],
#>         [ 9, 13, 17]])
print(torch.diagonal(batch, dim1=1, dim2=2).sum(-1), [0 + 4 + 8, 9 + 13 + 17])
#> tensor([12, 39]) [12, 39]
