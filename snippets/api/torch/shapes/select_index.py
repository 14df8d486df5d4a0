import torch

x = torch.arange(12).reshape(3, 4)
s = torch.select(x, 1, 2)
print(x.shape, "->", s.shape)
#> torch.Size([3, 4]) -> torch.Size([3])
print(s, torch.equal(s, x[:, 2]))
#> tensor([ 2,  6, 10]) True
print(torch.select(x, 0, -1))
#> tensor([ 8,  9, 10, 11])
s[0] = 100
print(x[0])
#> tensor([  0,   1, 100,   3])
