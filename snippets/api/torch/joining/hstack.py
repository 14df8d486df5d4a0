import torch

x = torch.tensor([1, 2, 3])
y = torch.tensor([4, 5, 6])
print(torch.hstack([x, y]))
#> tensor([1, 2, 3, 4, 5, 6])
print(torch.vstack([x, y]))
#> tensor([[1, 2, 3],
#>         [4, 5, 6]])
print(torch.equal(torch.row_stack([x, y]), torch.vstack([x, y])))
#> True
print(torch.dstack([x, y]).shape)
#> torch.Size([1, 3, 2])

a = torch.zeros(2, 3)
b = torch.ones(2, 3)
print(torch.hstack([a, b]).shape, torch.vstack([a, b]).shape, torch.dstack([a, b]).shape)
#> torch.Size([2, 6]) torch.Size([4, 3]) torch.Size([2, 3, 2])
print(torch.equal(torch.hstack([a, b]), torch.cat([a, b], dim=1)))
#> True
print(torch.vstack([a, b]).untyped_storage().data_ptr() == a.untyped_storage().data_ptr())
#> False
