import torch

A = torch.arange(6).reshape(2, 3)
print(torch.einsum("ij", A).shape)
#> torch.Size([2, 3])
print(torch.einsum("ji", A).shape)
#> torch.Size([3, 2])
print(torch.equal(torch.einsum("ji", A), A.T))
#> True
print(torch.einsum("ji->ji", A).shape)
#> torch.Size([2, 3])
