import torch

torch.manual_seed(0)
torch.set_default_dtype(torch.float64)
Q, _ = torch.linalg.qr(torch.randn(20, 20))
A = Q @ torch.diag(torch.arange(1.0, 21.0)) @ Q.mT

E, X = torch.lobpcg(A, k=2)
print(E.round(decimals=4), X.shape)
#> tensor([20., 19.]) torch.Size([20, 2])
print(torch.allclose(A @ X, X * E, atol=1e-6))
#> True
E_small, _ = torch.lobpcg(A, k=2, largest=False)
print(E_small.round(decimals=4))
#> tensor([1., 2.])
print(torch.allclose(E, torch.linalg.eigvalsh(A)[-2:].flip(0)))
#> True
