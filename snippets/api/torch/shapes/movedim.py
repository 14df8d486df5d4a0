import torch

x = torch.zeros(2, 3, 4, 5)
print(torch.movedim(x, 1, -1).shape)
#> torch.Size([2, 4, 5, 3])
print(torch.movedim(x, (0, 1), (2, 3)).shape)
#> torch.Size([4, 5, 2, 3])
print(torch.equal(torch.movedim(x, 1, -1), x.permute(0, 2, 3, 1)))
#> True

m = torch.moveaxis(x, 1, -1)
print(torch.equal(m, torch.movedim(x, 1, -1)))
#> True
print(m.data_ptr() == x.data_ptr(), m.is_contiguous())
#> True False
