import torch

F = torch.tensor([[1, 1], [1, 0]])
print(torch.matrix_power(F, 10))
#> tensor([[89, 55],
#>         [55, 34]])
print(torch.equal(torch.matrix_power(F, 10), torch.linalg.matrix_power(F, 10)))
#> True
print(torch.matrix_power(F, 0))
#> tensor([[1, 0],
#>         [0, 1]])

A = torch.tensor([[2., 1.], [1., 1.]])
inv_cube = torch.matrix_power(A, -3)
print(torch.allclose(inv_cube, torch.linalg.inv(A @ A @ A)))
#> True
print(torch.allclose(inv_cube @ torch.matrix_power(A, 3), torch.eye(2)))
#> True
try:
    torch.matrix_power(F, -1)
except RuntimeError as e:
    print(type(e).__name__, str(e).splitlines()[0])
    #> RuntimeError linalg.inv: Expected a floating point or complex tensor as input. Got Long
