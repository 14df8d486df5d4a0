import torch

x = torch.tensor([1, 2, 3])
y = torch.tensor([4, 5, 6])
print(torch.hstack([x, y]).shape)
#> torch.Size([6])
print(torch.column_stack([x, y]).shape)
#> torch.Size([3, 2])
