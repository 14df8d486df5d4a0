import cmath

import torch

print(torch.sqrt(torch.tensor([-1.0, -4.0])))
#> tensor([nan, nan])
z = torch.sqrt(torch.tensor([-1.0, -4.0], dtype=torch.complex64))
print(z, z.dtype)
#> tensor([0.+1.j, 0.+2.j]) torch.complex64
print(cmath.sqrt(-4))
#> 2j
