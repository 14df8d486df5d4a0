import warnings

import torch

torch.set_default_dtype(torch.float64)
U = torch.tensor([[2.0, 1.0], [0.0, 4.0]])
b = torch.tensor([[4.0], [8.0]])
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    result = torch.triangular_solve(b, U)
for line in str(caught[0].message).splitlines()[:2]:
    print(line)
    #> torch.triangular_solve is deprecated in favor of torch.linalg.solve_triangularand will be removed in a future PyTorch release.
    #> torch.linalg.solve_triangular has its arguments reversed and does not return a copy of one of the inputs.
print(type(result).__name__, result.solution.flatten(), [(4 - 1 * 8 / 4) / 2, 8 / 4])
#> triangular_solve tensor([1., 2.]) [1.0, 2.0]
print(torch.equal(result.cloned_coefficient, U))
#> True

x = torch.linalg.solve_triangular(U, b, upper=True)
print(torch.allclose(x, result.solution), torch.allclose(U @ x, b))
#> True True
print(torch.allclose(torch.triangular_solve(b, U.mT, upper=False).solution, torch.linalg.solve_triangular(U.mT, b, upper=False)))
#> True
print(torch.allclose(torch.triangular_solve(b, U, transpose=True).solution, torch.linalg.solve_triangular(U.mT, b, upper=False)))
#> True
