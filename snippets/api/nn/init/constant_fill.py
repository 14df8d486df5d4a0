import torch
from torch import nn

layer = nn.Linear(3, 4)
b = nn.init.constant_(layer.bias, 0.01)
print(b is layer.bias, b)
#> True Parameter containing:
#> tensor([0.0100, 0.0100, 0.0100, 0.0100], requires_grad=True)

counts = torch.empty(3, dtype=torch.int64)
print("int64 tensor, val=2.7:", nn.init.constant_(counts, 2.7))
#> int64 tensor, val=2.7: tensor([2, 2, 2])
