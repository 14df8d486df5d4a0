import torch

x = torch.tensor([[1, 2], [3, 4]])
print(x.shape, "->", torch.tile(x, (2, 3)).shape)
#> torch.Size([2, 2]) -> torch.Size([4, 6])
print(torch.tile(x, (2,)))
#> tensor([[1, 2, 1, 2],
#>         [3, 4, 3, 4]])
print(torch.equal(torch.tile(x, (2,)), torch.tile(x, (1, 2))))
#> True
print(torch.tile(x, (2, 1, 1)).shape)
#> torch.Size([2, 2, 2])
same = torch.tile(x, (1, 1))
print(torch.equal(same, x), same.data_ptr() == x.data_ptr())
#> True False
