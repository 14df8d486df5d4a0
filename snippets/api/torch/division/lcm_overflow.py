import math

import torch

a = torch.tensor([100, 12], dtype=torch.int8)
b = torch.tensor([3, 18], dtype=torch.int8)
print(torch.lcm(a, b), math.lcm(100, 3))
#> tensor([44, 36], dtype=torch.int8) 300
print(torch.lcm(a.long(), b.long()))
#> tensor([300,  36])
