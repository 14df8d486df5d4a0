import torch

torch.set_default_dtype(torch.float64)
A = torch.tensor([[4.0, 2.0], [2.0, 3.0]])
print(torch.det(A).item(), 4 * 3 - 2 * 2)
#> 8.0 8
print(torch.equal(torch.det(A), torch.linalg.det(A)))
#> True

batch = torch.stack([A, torch.tensor([[1.0, 2.0], [3.0, 4.0]]), torch.eye(2)])
print(batch.shape, torch.det(batch).round(decimals=4))
#> torch.Size([3, 2, 2]) tensor([ 8., -2.,  1.])

try:
    torch.det(torch.tensor([[4, 2], [2, 3]]))
except RuntimeError as error:
    print(error)
    #> linalg.det: Expected a floating point or complex tensor as input. Got Long
