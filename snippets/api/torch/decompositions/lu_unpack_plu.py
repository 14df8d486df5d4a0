import torch

torch.set_default_dtype(torch.float64)
A = torch.tensor([[2.0, 1.0], [4.0, 3.0]])
LU, pivots = torch.linalg.lu_factor(A)
result = torch.lu_unpack(LU, pivots)
print(type(result).__name__)
#> lu_unpack
P, L, U = result
print(P)
#> tensor([[0., 1.],
#>         [1., 0.]])
print(L)
#> tensor([[1.0000, 0.0000],
#>         [0.5000, 1.0000]])
print(U)
#> tensor([[ 4.0000,  3.0000],
#>         [ 0.0000, -0.5000]])
print(torch.allclose(P @ L @ U, A))
#> True

P2, L2, U2 = torch.linalg.lu(A)
print(torch.equal(P, P2), torch.equal(L, L2), torch.equal(U, U2))
#> True True True
print(torch.lu_unpack(LU, pivots, unpack_pivots=False).P.shape, torch.lu_unpack(LU, pivots, unpack_data=False).L.shape)
#> torch.Size([0]) torch.Size([0])
