import torch

torch.set_default_dtype(torch.float64)
A = torch.tensor([[4.0, 2.0], [2.0, 3.0]])
L = torch.linalg.cholesky(A)
A_inv = torch.cholesky_inverse(L)
print(A_inv)
#> tensor([[ 0.3750, -0.2500],
#>         [-0.2500,  0.5000]])
print(torch.allclose(A_inv, torch.tensor([[3.0, -2.0], [-2.0, 4.0]]) / 8), torch.allclose(A_inv, torch.linalg.inv(A)))
#> True True
print(torch.allclose(torch.cholesky_inverse(L.mT, upper=True), A_inv))
#> True

wrong = torch.cholesky_inverse(A)
print(wrong)
#> tensor([[ 0.0903, -0.0556],
#>         [-0.0556,  0.1111]])
print(torch.allclose(wrong, A_inv))
#> False
