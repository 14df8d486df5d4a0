import torch

x = torch.arange(12).reshape(3, 4)
print(x)
#> tensor([[ 0,  1,  2,  3],
#>         [ 4,  5,  6,  7],
#>         [ 8,  9, 10, 11]])
print(x[1], x[1, 2], x[-1, -1])
#> tensor([4, 5, 6, 7]) tensor(6) tensor(11)
print(x[:, 1])
#> tensor([1, 5, 9])
print(x[0:2, 1:3])
#> tensor([[1, 2],
#>         [5, 6]])
print(x[:, ::2])
#> tensor([[ 0,  2],
#>         [ 4,  6],
#>         [ 8, 10]])
print(x[..., -1], x[None].shape)
#> tensor([ 3,  7, 11]) torch.Size([1, 3, 4])
