import torch

torch.set_default_dtype(torch.float64)
A = torch.tensor([[4.0, 2.0], [2.0, 3.0]])
b = torch.tensor([[8.0], [7.0]])
L = torch.linalg.cholesky(A)
x = torch.cholesky_solve(b, L)
print(x.flatten(), [(8 * 3 - 2 * 7) / 8, (4 * 7 - 2 * 8) / 8])
#> tensor([1.2500, 1.5000]) [1.25, 1.5]
print(torch.allclose(x, torch.linalg.solve(A, b)), torch.allclose(A @ x, b))
#> True True
print(torch.allclose(torch.cholesky_solve(b, L.mT, upper=True), x))
#> True

wrong = torch.cholesky_solve(b, A)
print(wrong.flatten(), torch.allclose(A @ wrong, b))
#> tensor([0.3333, 0.3333]) False
