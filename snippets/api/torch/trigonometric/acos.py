import math

import torch

x = torch.tensor([-1.0, 0.0, 0.5, 1.0, 2.0])
print(torch.acos(x))
#> tensor([3.1416, 1.5708, 1.0472, 0.0000,    nan])
print(torch.acos(x)[2].item(), math.acos(0.5))
#> 1.0471975803375244 1.0471975511965979
inside = x[:4]
print(torch.equal(torch.arccos(inside), torch.acos(inside)))
#> True
ints = torch.tensor([0, 1])
print(torch.acos(ints), torch.acos(ints).dtype)
#> tensor([1.5708, 0.0000]) torch.float32
