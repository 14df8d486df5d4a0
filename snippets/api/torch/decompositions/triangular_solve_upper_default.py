import warnings

import torch

warnings.simplefilter("ignore")
torch.set_default_dtype(torch.float64)
L = torch.tensor([[2.0, 0.0], [1.0, 4.0]])
b = torch.tensor([[2.0], [9.0]])
wrong = torch.triangular_solve(b, L).solution
right = torch.triangular_solve(b, L, upper=False).solution
print(wrong.flatten(), torch.allclose(L @ wrong, b))
#> tensor([1.0000, 2.2500]) False
print(right.flatten(), torch.allclose(L @ right, b))
#> tensor([1., 2.]) True
try:
    torch.linalg.solve_triangular(L, b)
except TypeError as error:
    print(type(error).__name__ + ":", error)
    #> TypeError: linalg_solve_triangular() missing 1 required positional arguments: "upper"
