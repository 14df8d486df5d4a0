import torch

M = torch.tensor([[1., 2., 3.], [4., 5., 6.]])
mat1 = torch.tensor([[1., 2.], [3., 4.]])
mat2 = torch.tensor([[1., 0., 1.], [0., 1., 1.]])
out = torch.addmm(M, mat1, mat2, beta=2, alpha=10)
print(out)
#> tensor([[12., 24., 36.],
#>         [38., 50., 82.]])
print(2 * 6 + 10 * (3 * 1 + 4 * 1))
#> 82
print(torch.equal(out, 2 * M + 10 * (mat1 @ mat2)))
#> True

bias = torch.tensor([100., 200., 300.])
print(torch.addmm(bias, mat1, mat2))
#> tensor([[101., 202., 303.],
#>         [103., 204., 307.]])
