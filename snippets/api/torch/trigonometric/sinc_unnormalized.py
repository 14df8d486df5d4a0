import math

import torch

x = torch.tensor([0.0, 1.0, math.pi])
print(torch.sinc(x))
#> tensor([ 1.0000e+00, -2.7828e-08, -4.3599e-02])
print(torch.sin(x) / x)
#> tensor([        nan,  8.4147e-01, -2.7828e-08])
print(torch.sinc(x / math.pi))
#> tensor([ 1.0000e+00,  8.4147e-01, -2.7828e-08])
