import torch

a = torch.arange(6).reshape(2, 3)
b = torch.arange(6, 12).reshape(2, 3)
rows = torch.cat([a, b])
cols = torch.cat([a, b], dim=1)
print(rows.shape, cols.shape)
#> torch.Size([4, 3]) torch.Size([2, 6])
print(cols)
#> tensor([[ 0,  1,  2,  6,  7,  8],
#>         [ 3,  4,  5,  9, 10, 11]])
print(torch.equal(torch.concat([a, b], dim=1), cols), torch.equal(torch.concatenate([a, b], axis=1), cols))
#> True True

print(rows.untyped_storage().data_ptr() == a.untyped_storage().data_ptr())
#> False
rows[0, 0] = 100
print(a[0, 0].item())
#> 0

print(torch.cat([torch.tensor([1, 2]), torch.tensor([0.5])]))
#> tensor([1.0000, 2.0000, 0.5000])
