import torch

torch.set_default_dtype(torch.float64)
A = torch.tensor([[3.0, 1.0], [4.0, 2.0], [0.0, 2.0]])
result = torch.geqrf(A)
print(type(result).__name__, result.a.shape, result.tau.shape)
#> geqrf torch.Size([3, 2]) torch.Size([2])
a, tau = result
print(a.round(decimals=4) + 0.0)
#> tensor([[-5.0000, -2.2000],
#>         [ 0.5000, -2.0396],
#>         [ 0.0000,  0.8198]])
R = a[:2].triu()
print(R[0, 0].item(), -(3**2 + 4**2) ** 0.5)
#> -5.0 -5.0

Q = torch.linalg.householder_product(a, tau)
Q_ref, R_ref = torch.linalg.qr(A)
print(torch.allclose(Q, Q_ref), torch.allclose(R, R_ref), torch.allclose(Q @ R, A))
#> True True True
