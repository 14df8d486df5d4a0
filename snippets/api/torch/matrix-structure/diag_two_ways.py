import torch

v = torch.tensor([1, 2, 3])
print(torch.diag(v))
#> tensor([[1, 0, 0],
#>         [0, 2, 0],
#>         [0, 0, 3]])
print(torch.diag(v, diagonal=1).shape)
#> torch.Size([4, 4])

m = torch.arange(9).reshape(3, 3)
print(m)
#> tensor([[0, 1, 2],
#>         [3, 4, 5],
#>         [6, 7, 8]])
print(torch.diag(m), torch.diag(m, 1), torch.diag(m, -1))
#> tensor([0, 4, 8]) tensor([1, 5]) tensor([3, 7])
print(torch.equal(torch.diag(torch.diag(v)), v))
#> True
print(torch.diag(m).untyped_storage().data_ptr() == m.untyped_storage().data_ptr())
#> False
