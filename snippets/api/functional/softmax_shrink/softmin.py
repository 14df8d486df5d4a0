import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.tensor([[1.0, 2.0, 3.0]])
y = F.softmin(x, dim=1)
print(y)
#> tensor([[0.6652, 0.2447, 0.0900]])
e = torch.exp(-x)
print(e / e.sum(dim=1, keepdim=True))
#> tensor([[0.6652, 0.2447, 0.0900]])
print(torch.equal(y, F.softmax(-x, dim=1)), torch.equal(y, nn.Softmin(dim=1)(x)))
#> True True
print(1 - F.softmax(x, dim=1), (1 - F.softmax(x, dim=1)).sum().item())
#> tensor([[0.9100, 0.7553, 0.3348]]) 2.0
