import math

import torch

x = torch.tensor([-1.0, 0.0, 1.0, 2.0])
y = torch.cosh(x)
print(y)
#> tensor([1.5431, 1.0000, 1.5431, 3.7622])
print(y[2].item(), math.cosh(1.0))
#> 1.5430805683135986 1.5430806348152437
print(torch.cosh(torch.tensor([89.0, 90.0])))
#> tensor([2.2448e+38,        inf])
print(torch.cosh(torch.tensor(90.0, dtype=torch.float64)).item(), math.cosh(90.0))
#> 6.102016471589204e+38 6.102016471589204e+38
print(torch.cosh(torch.tensor([0, 1])).dtype)
#> torch.float32
