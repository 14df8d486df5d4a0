import math

import torch

x = torch.tensor([-float("inf"), -1.0, 0.0, 1.0, 1e9])
print(torch.atan(x))
#> tensor([-1.5708, -0.7854,  0.0000,  0.7854,  1.5708])
print(torch.atan(x)[3].item(), math.atan(1.0))
#> 0.7853981852531433 0.7853981633974483
print(torch.equal(torch.arctan(x), torch.atan(x)))
#> True
print(torch.atan(torch.tensor([0, 1])).dtype)
#> torch.float32
