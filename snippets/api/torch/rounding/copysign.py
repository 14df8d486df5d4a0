import math

import torch

a = torch.tensor([1.0, 2.0, 3.0, 4.0])
b = torch.tensor([-1.0, 0.0, -0.0, float("-inf")])
print(torch.copysign(a, b))
#> tensor([-1.,  2., -3., -4.])
print(torch.copysign(a, b)[2].item(), math.copysign(3.0, -0.0))
#> -3.0 -3.0
print(a.abs() * torch.sign(b))
#> tensor([-1.,  0.,  0., -4.])

i = torch.tensor([1, -2])
print(torch.copysign(i, 1), torch.copysign(i, 1).dtype)
#> tensor([1., 2.]) torch.float32
