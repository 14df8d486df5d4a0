import torch

M = torch.ones(2, 3)
vec1 = torch.tensor([1., 2.])
vec2 = torch.tensor([10., 20., 30.])
out = torch.addr(M, vec1, vec2, alpha=0.5)
print(out)
#> tensor([[ 6., 11., 16.],
#>         [11., 21., 31.]])
print(1 + 0.5 * 2 * 30)
#> 31.0
print(torch.equal(out, M + 0.5 * torch.outer(vec1, vec2)))
#> True
