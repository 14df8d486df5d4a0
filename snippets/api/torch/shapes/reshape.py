import torch

x = torch.arange(6)
r = torch.reshape(x, (2, 3))
print(x.shape, "->", r.shape, torch.reshape(x, (-1, 2)).shape)
#> torch.Size([6]) -> torch.Size([2, 3]) torch.Size([3, 2])
print(r.data_ptr() == x.data_ptr())
#> True
r[0, 0] = 100
print(x)
#> tensor([100,   1,   2,   3,   4,   5])
