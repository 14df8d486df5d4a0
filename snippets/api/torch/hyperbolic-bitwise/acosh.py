import math

import torch

x = torch.tensor([0.5, 1.0, 2.0, 10.0])
y = torch.acosh(x)
print(y)
#> tensor([   nan, 0.0000, 1.3170, 2.9932])
print(y[2].item(), math.acosh(2.0))
#> 1.316957950592041 1.3169578969248166
print(torch.equal(torch.arccosh(x[1:]), y[1:]))
#> True
print(torch.acosh(torch.tensor([1, 2, 3])).dtype)
#> torch.float32
