import torch

x = torch.arange(24).reshape(2, 3, 4)
y = torch.transpose(x, 0, 2)
print(x.shape, "->", y.shape, y.stride())
#> torch.Size([2, 3, 4]) -> torch.Size([4, 3, 2]) (1, 4, 12)
print(y.data_ptr() == x.data_ptr(), y.is_contiguous())
#> True False
y[0, 0, 0] = 100
print(x[0, 0])
#> tensor([100,   1,   2,   3])

print(torch.equal(torch.swapaxes(x, 0, 2), y), torch.equal(torch.swapdims(x, 0, 2), y))
#> True True
print(torch.transpose(x, -1, -2).shape)
#> torch.Size([2, 4, 3])
