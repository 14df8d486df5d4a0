import torch

x = torch.arange(12).reshape(3, 4)
left, right = torch.split(x, [1, 3], dim=1)
print(left.shape, right.shape)
#> torch.Size([3, 1]) torch.Size([3, 3])
print(left.tolist())
#> [[0], [4], [8]]

right[0, 0] = 100
print(x[0].tolist())
#> [0, 100, 2, 3]

pieces = x.unbind(dim=0)
print(len(pieces), pieces[2])
#> 3 tensor([ 8,  9, 10, 11])
