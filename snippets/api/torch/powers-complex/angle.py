import cmath

import torch

z = torch.tensor([1 + 1j, -2 + 0j, 0 - 3j])
print(torch.angle(z), torch.angle(z).dtype)
#> tensor([ 0.7854,  3.1416, -1.5708]) torch.float32
print(torch.angle(z)[1].item(), cmath.phase(-2 + 0j))
#> 3.1415927410125732 3.141592653589793

x = torch.tensor([-2.0, 0.0, 3.0])
print(torch.angle(x))
#> tensor([3.1416, 0.0000, 0.0000])
print(torch.angle(torch.tensor([-2, 0, 3])).dtype)
#> torch.float32
