import torch

torch.set_default_dtype(torch.float64)
A = torch.tensor([[3.0, 1.0], [4.0, 2.0], [0.0, 2.0]])
a, tau = torch.geqrf(A)
Q = torch.orgqr(a, tau)
print(Q.shape, torch.equal(Q, torch.linalg.householder_product(a, tau)))
#> torch.Size([3, 2]) True
print(Q[:, 0].round(decimals=4) + 0.0, torch.allclose(Q[:, 0], -A[:, 0] / 5))
#> tensor([-0.6000, -0.8000,  0.0000]) True
print(torch.allclose(Q.mT @ Q, torch.eye(2)), torch.allclose(Q @ a[:2].triu(), A))
#> True True
