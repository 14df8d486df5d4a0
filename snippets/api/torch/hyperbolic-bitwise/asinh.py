import math

import torch

x = torch.tensor([-2.0, -1.0, 0.0, 1.0, 2.0])
y = torch.asinh(x)
print(y)
#> tensor([-1.4436, -0.8814,  0.0000,  0.8814,  1.4436])
print(y[3].item(), math.asinh(1.0))
#> 0.8813735842704773 0.881373587019543
print(torch.equal(torch.arcsinh(x), y), torch.equal(torch.asinh(-x), -y))
#> True True
print(torch.sinh(y))
#> tensor([-2., -1.,  0.,  1.,  2.])
