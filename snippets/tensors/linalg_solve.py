import torch

A = torch.tensor([[3.0, 1.0],
                  [1.0, 2.0]])
b = torch.tensor([9.0, 8.0])

x = torch.linalg.solve(A, b)
print(x)
#> tensor([2., 3.])
print(torch.allclose(A @ x, b))
#> True

B = torch.randn(2, 3, generator=torch.Generator().manual_seed(0))
X = torch.linalg.solve(A, B)
print(X.shape, torch.allclose(A @ X, B, atol=1e-6))
#> torch.Size([2, 3]) True
