import math

import torch

x = torch.tensor([-1.0, -0.0, 0.0, 2.0])
print(torch.signbit(x))
#> tensor([ True,  True, False, False])
print(x < 0)
#> tensor([ True, False, False, False])
print(math.copysign(1.0, -0.0) < 0)
#> True
print(torch.signbit(torch.tensor([float("nan")]).neg()))
#> tensor([True])
print(torch.signbit(torch.tensor([-3, 0, 3])))
#> tensor([ True, False, False])
