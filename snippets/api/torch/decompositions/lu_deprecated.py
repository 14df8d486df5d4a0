import warnings

import torch

torch.set_default_dtype(torch.float64)
A = torch.tensor([[2.0, 1.0], [4.0, 3.0]])
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    LU, pivots = torch.lu(A)
    first = len(caught)
    LU, pivots, info = torch.lu(A, get_infos=True)
print(first, len(caught) - first)
#> 1 0
print(str(caught[0].message).splitlines()[0])
#> torch.lu is deprecated in favor of torch.linalg.lu_factor / torch.linalg.lu_factor_ex and will be removed in a future PyTorch release.
print(LU)
#> tensor([[ 4.0000,  3.0000],
#>         [ 0.5000, -0.5000]])
print(pivots, info)
#> tensor([2, 2], dtype=torch.int32) tensor(0, dtype=torch.int32)

LU_new, pivots_new = torch.linalg.lu_factor(A)
print(torch.equal(LU, LU_new), torch.equal(pivots, pivots_new))
#> True True
P, L, U = torch.linalg.lu(A)
print(torch.allclose(P @ L @ U, A))
#> True
