import math

import torch

x = torch.tensor([3.0, 5.0, 10.0])
print(1 - torch.erf(x))
#> tensor([2.2113e-05, 0.0000e+00, 0.0000e+00])
print(torch.erfc(x))
#> tensor([2.2090e-05, 1.5375e-12, 1.4013e-45])
print(math.erfc(5.0), math.erfc(10.0))
#> 1.5374597944280351e-12 2.088487583762545e-45
