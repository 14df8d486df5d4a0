import torch

v = torch.tensor([3.0, -4.0])
print(torch.linalg.vector_norm(v))
#> tensor(5.)
print(torch.linalg.vector_norm(v, ord=1), torch.linalg.vector_norm(v, ord=float("inf")))
#> tensor(7.) tensor(4.)

M = torch.tensor([[1.0, 2.0],
                  [3.0, 4.0]])
print(torch.linalg.vector_norm(M, dim=1))
#> tensor([2.2361, 5.0000])
print(round(torch.linalg.matrix_norm(M).item(), 4), round(torch.linalg.vector_norm(M).item(), 4))
#> 5.4772 5.4772
print(round(torch.linalg.norm(M).item(), 4))
#> 5.4772
print(round(torch.linalg.norm(M, ord=2).item(), 4), round(torch.linalg.vector_norm(M, ord=2).item(), 4))
#> 5.465 5.4772
