import math

import torch

torch.manual_seed(0)
torch.set_default_dtype(torch.float64)
Z = torch.randn(200, 2)
U0, _ = torch.linalg.qr(Z - Z.mean(dim=0))
directions = torch.tensor([[0.6, 0.8, 0.0], [0.0, 0.0, 1.0]])
A = U0 @ torch.diag(torch.tensor([6.0, 2.0])) @ directions + torch.tensor([10.0, -3.0, 7.0])

U, S, V = torch.pca_lowrank(A, q=2)
print(U.shape, S.shape, V.shape)
#> torch.Size([200, 2]) torch.Size([2]) torch.Size([3, 2])
print(S.round(decimals=4), (S**2 / (A.shape[0] - 1)).round(decimals=4))
#> tensor([6., 2.]) tensor([0.1809, 0.0201])
print((V.mT @ directions.mT).abs().round(decimals=4) + 0.0)
#> tensor([[1., 0.],
#>         [0., 1.]])
centered = A - A.mean(dim=0)
print(torch.allclose(S, torch.linalg.svdvals(centered)[:2]), torch.allclose(S**2 / 199, (centered @ V).var(dim=0)))
#> True True

_, S_raw, _ = torch.pca_lowrank(A, q=2, center=False)
print(S_raw.round(decimals=1), round(math.sqrt(200 * 158), 1))
#> tensor([177.8000,   5.8000]) 177.8
