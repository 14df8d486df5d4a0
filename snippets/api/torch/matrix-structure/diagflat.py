import torch

m = torch.tensor([[1, 2], [3, 4]])
print(torch.diagflat(m))
#> tensor([[1, 0, 0, 0],
#>         [0, 2, 0, 0],
#>         [0, 0, 3, 0],
#>         [0, 0, 0, 4]])
print(torch.equal(torch.diagflat(m), torch.diag(m.flatten())))
#> True
print(torch.diag(m))
#> tensor([1, 4])
print(torch.diagflat(m, offset=-1).shape)
#> torch.Size([5, 5])
