import math

import torch

x = torch.tensor([4.0, 0.25, 0.0, -1.0])
print(torch.rsqrt(x))
#> tensor([0.5000, 2.0000,    inf,    nan])
print(torch.rsqrt(x)[0].item(), 1 / math.sqrt(4.0))
#> 0.5 0.5
print(torch.rsqrt(torch.tensor([4])).dtype)
#> torch.float32
