import warnings

import torch

torch.set_default_dtype(torch.float64)
A = torch.tensor([[3.0, 0.0], [0.0, 4.0], [0.0, 0.0]])
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    result = torch.svd(A)
print(type(result).__name__, len(caught), "warnings")
#> svd 0 warnings
U, S, V = result
print(S.round(decimals=4), U.shape, V.shape)
#> tensor([4., 3.]) torch.Size([3, 2]) torch.Size([2, 2])
print(torch.allclose(U @ torch.diag(S) @ V.mT, A))
#> True

U_full, S_full, Vh = torch.linalg.svd(A)
print(U_full.shape, torch.svd(A, some=False).U.shape, torch.linalg.svd(A, full_matrices=False).U.shape)
#> torch.Size([3, 3]) torch.Size([3, 3]) torch.Size([3, 2])

_, S_only, V_zero = torch.svd(A, compute_uv=False)
print(S_only.round(decimals=4), V_zero.count_nonzero().item(), torch.allclose(S_only, torch.linalg.svdvals(A)))
#> tensor([4., 3.]) 0 True
