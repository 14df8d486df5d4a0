import math

import torch

x = torch.tensor([-2.7, -0.5, 0.5, 2.7])
print(torch.trunc(x))
#> tensor([-2., -0.,  0.,  2.])
print(torch.equal(torch.fix(x), torch.trunc(x)))
#> True
print(torch.trunc(x)[0].item(), math.trunc(-2.7))
#> -2.0 -2
print(torch.floor(x))
#> tensor([-3., -1.,  0.,  2.])
print(x.long(), torch.trunc(x).dtype)
#> tensor([-2,  0,  0,  2]) torch.float32
