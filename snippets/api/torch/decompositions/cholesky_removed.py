import math

import torch

torch.set_default_dtype(torch.float64)
A = torch.tensor([[4.0, 2.0], [2.0, 3.0]])
try:
    torch.cholesky(A)
except RuntimeError as error:
    print(type(error).__name__ + ":", error)
    #> RuntimeError: This function was deprecated since version 1.9 and is now removed. `torch.cholesky` is deprecated in favor of `torch.linalg.cholesky`.
    #> L = torch.cholesky(A) should be replaced with:
    #> L = torch.linalg.cholesky(A)
    #> U = torch.cholesky(A, upper=True) should be replaced with:
    #> U = torch.linalg.cholesky(A).mH

L = torch.linalg.cholesky(A)
print(L)
#> tensor([[2.0000, 0.0000],
#>         [1.0000, 1.4142]])
print(L[1, 1].item() == math.sqrt(2), torch.allclose(L @ L.mT, A))
#> True True
U = torch.linalg.cholesky(A, upper=True)
print(torch.equal(U, L.mT), torch.allclose(U.mT @ U, A))
#> True True
