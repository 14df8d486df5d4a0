import torch

M = torch.full((2, 2), float("nan"))
mat1 = torch.tensor([[1., 2.], [3., 4.]])
mat2 = torch.eye(2)
print(0 * M + mat1 @ mat2)
#> tensor([[nan, nan],
#>         [nan, nan]])
print(torch.addmm(M, mat1, mat2, beta=0))
#> tensor([[1., 2.],
#>         [3., 4.]])
print(torch.addmm(M, mat1, mat2, beta=1e-30))
#> tensor([[nan, nan],
#>         [nan, nan]])
