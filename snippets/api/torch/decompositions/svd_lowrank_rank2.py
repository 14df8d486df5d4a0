import torch

torch.manual_seed(0)
torch.set_default_dtype(torch.float64)
U0, _ = torch.linalg.qr(torch.randn(100, 2))
V0, _ = torch.linalg.qr(torch.randn(80, 2))
A = U0 @ torch.diag(torch.tensor([10.0, 3.0])) @ V0.mT
print(torch.linalg.matrix_rank(A).item())
#> 2

U, S, V = torch.svd_lowrank(A, q=4)
print(U.shape, S.shape, V.shape)
#> torch.Size([100, 4]) torch.Size([4]) torch.Size([80, 4])
print(S.round(decimals=4) + 0.0)
#> tensor([10.,  3.,  0.,  0.])
print(torch.allclose(U @ torch.diag(S) @ V.mT, A))
#> True

M = torch.full_like(A, 5.0)
_, S_shifted, _ = torch.svd_lowrank(A + M, q=4, M=M)
print(S_shifted.round(decimals=4) + 0.0)
#> tensor([10.,  3.,  0.,  0.])
