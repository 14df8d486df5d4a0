import torch

column = torch.tensor([[1], [2], [3]])
wide = column.expand(3, 4)
print(wide)
#> tensor([[1, 1, 1, 1],
#>         [2, 2, 2, 2],
#>         [3, 3, 3, 3]])
print(column.stride(), wide.stride())
#> (1, 1) (1, 0)
print(wide.data_ptr() == column.data_ptr())
#> True

copied = column.repeat(1, 4)
print(copied.stride(), copied.data_ptr() == column.data_ptr())
#> (4, 1) False
print(column.expand(-1, 2).shape, column.expand(2, 3, 4).shape)
#> torch.Size([3, 2]) torch.Size([2, 3, 4])
