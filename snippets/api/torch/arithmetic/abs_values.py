import math

import torch

x = torch.tensor([-2.5, -0.0, 0.0, 3.0])
print(torch.abs(x))
#> tensor([2.5000, 0.0000, 0.0000, 3.0000])
print(torch.abs(x).signbit())
#> tensor([False, False, False, False])
print(torch.equal(torch.absolute(x), torch.abs(x)))
#> True
print(torch.abs(x)[0].item(), math.fabs(-2.5))
#> 2.5 2.5
print(torch.abs(torch.tensor([-3, 4])).dtype)
#> torch.int64
print(torch.abs(torch.tensor([3 + 4j])))
#> tensor([5.])
