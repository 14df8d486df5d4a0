import math

import torch

x = torch.tensor([0.0, math.pi / 3, math.pi / 2, math.pi])
print(torch.cos(x))
#> tensor([ 1.0000e+00,  5.0000e-01, -4.3711e-08, -1.0000e+00])
print(torch.cos(x)[1].item(), math.cos(math.pi / 3))
#> 0.4999999701976776 0.5000000000000001
print(torch.cos(torch.tensor([0, 1])).dtype)
#> torch.float32
x.cos_()
print(x)
#> tensor([ 1.0000e+00,  5.0000e-01, -4.3711e-08, -1.0000e+00])
