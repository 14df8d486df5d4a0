import math

import torch

x = torch.tensor([-1.0, -0.5, 0.0, 0.5, 1.0, 2.0])
y = torch.atanh(x)
print(y)
#> tensor([   -inf, -0.5493,  0.0000,  0.5493,     inf,     nan])
print(y[3].item(), math.atanh(0.5))
#> 0.5493061542510986 0.5493061443340548
print(torch.equal(torch.arctanh(x[:5]), y[:5]))
#> True
print(torch.atanh(torch.tensor([0, 1])))
#> tensor([0., inf])
