import warnings

import torch

torch.set_default_dtype(torch.float64)
A = torch.tensor([[4.0, 2.0], [2.0, 3.0]])
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    A_inv = torch.inverse(A)
print(A_inv)
#> tensor([[ 0.3750, -0.2500],
#>         [-0.2500,  0.5000]])
print(torch.allclose(A_inv, torch.tensor([[3.0, -2.0], [-2.0, 4.0]]) / 8), torch.allclose(A @ A_inv, torch.eye(2)))
#> True True
print(torch.equal(A_inv, torch.linalg.inv(A)), len(caught), "warnings")
#> True 0 warnings

try:
    torch.inverse(torch.tensor([[1.0, 2.0], [2.0, 4.0]]))
except torch.linalg.LinAlgError as error:
    print(isinstance(error, RuntimeError), error)
    #> True linalg.inv: The diagonal element 2 is zero, the inversion could not be completed because the input matrix is singular.
