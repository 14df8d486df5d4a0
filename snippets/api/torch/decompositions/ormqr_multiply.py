import torch

torch.set_default_dtype(torch.float64)
A = torch.tensor([[3.0, 1.0], [4.0, 2.0], [0.0, 2.0]])
a, tau = torch.geqrf(A)
Q_full = torch.linalg.qr(A, mode="complete").Q
print(Q_full.shape)
#> torch.Size([3, 3])

C = torch.tensor([[1.0, 0.0], [2.0, 1.0], [0.0, 3.0]])
print(torch.allclose(torch.ormqr(a, tau, C), Q_full @ C))
#> True
print(torch.allclose(torch.ormqr(a, tau, C, transpose=True), Q_full.mT @ C))
#> True
print(torch.allclose(torch.ormqr(a, tau, C.mT, left=False), C.mT @ Q_full))
#> True
print(torch.allclose(torch.ormqr(a, tau, torch.eye(3)), Q_full))
#> True
print(torch.ormqr(a, tau, A, transpose=True).round(decimals=4) + 0.0)
#> tensor([[-5.0000, -2.2000],
#>         [ 0.0000, -2.0396],
#>         [ 0.0000,  0.0000]])
