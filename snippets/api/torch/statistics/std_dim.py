import math

import torch

x = torch.tensor([[2., 4., 4., 4.], [5., 5., 7., 9.]])
print(torch.std(x), x.flatten().tolist())
#> tensor(2.1381) [2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0]
mean = sum(x.flatten().tolist()) / 8
print(round(math.sqrt(sum((v - mean) ** 2 for v in x.flatten().tolist()) / (8 - 1)), 4))
#> 2.1381
print(torch.std(x, dim=1), torch.std(x, dim=1, keepdim=True).shape)
#> tensor([1.0000, 1.9149]) torch.Size([2, 1])
print(torch.std(x, dim=1, correction=0))
#> tensor([0.8660, 1.6583])
