import warnings

import torch

torch.set_default_dtype(torch.float64)
A = torch.tensor([[2.0, 1.0], [4.0, 3.0]])
b = torch.tensor([[3.0], [7.0]])
LU, pivots = torch.linalg.lu_factor(A)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    x = torch.lu_solve(b, LU, pivots)
for line in str(caught[0].message).splitlines()[:2]:
    print(line)
    #> torch.lu_solve is deprecated in favor of torch.linalg.lu_solveand will be removed in a future PyTorch release.
    #> Note that torch.linalg.lu_solve has its arguments reversed.
print(x.flatten().round(decimals=4), torch.allclose(A @ x, b))
#> tensor([1., 1.]) True

x_new = torch.linalg.lu_solve(LU, pivots, b)
print(torch.allclose(x, x_new), torch.allclose(x, torch.linalg.solve(A, b)))
#> True True
