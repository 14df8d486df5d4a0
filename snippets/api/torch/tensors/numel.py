import math

import torch

x = torch.zeros(2, 3, 4)
print(torch.numel(x), x.numel(), math.prod(x.shape), len(x))
#> 24 24 24 2
print(torch.numel(torch.tensor(5.0)), torch.numel(torch.zeros(0, 3)), torch.numel(x[:, ::2]))
#> 1 0 16
print(x.shape.numel(), x.nelement())
#> 24 24
