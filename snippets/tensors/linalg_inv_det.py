import torch

A = torch.tensor([[4.0, 7.0],
                  [2.0, 6.0]])

A_inv = torch.linalg.inv(A)
print(A_inv)
#> tensor([[ 0.6000, -0.7000],
#>         [-0.2000,  0.4000]])
print(torch.allclose(A @ A_inv, torch.eye(2), atol=1e-6))
#> True
print(round(torch.linalg.det(A).item(), 4))
#> 10.0

singular = torch.tensor([[1.0, 2.0],
                         [2.0, 4.0]])
print(torch.linalg.det(singular).abs().item())
#> 0.0
try:
    torch.linalg.inv(singular)
except torch.linalg.LinAlgError as error:
    print(error)
    #> linalg.inv: The diagonal element 2 is zero, the inversion could not be completed because the input matrix is singular.
