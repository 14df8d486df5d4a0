import torch

col = torch.tensor([[0], [10], [20]])
row = torch.tensor([1, 2, 3, 4])
print(col.shape, row.shape, (col + row).shape)
#> torch.Size([3, 1]) torch.Size([4]) torch.Size([3, 4])
print(col + row)
#> tensor([[ 1,  2,  3,  4],
#>         [11, 12, 13, 14],
#>         [21, 22, 23, 24]])

pred = torch.tensor([[1.0], [2.0], [3.0]])
target = torch.tensor([1.0, 2.0, 3.0])
print((pred - target).shape)
#> torch.Size([3, 3])
print((pred.squeeze(1) - target).shape)
#> torch.Size([3])
