import math

import torch

a = torch.tensor([-7, 7])
print(torch.fmod(a, 3), [math.fmod(x, 3) for x in a.tolist()])
#> tensor([-1,  1]) [-1.0, 1.0]
print(torch.remainder(a, 3), [x % 3 for x in a.tolist()])
#> tensor([2, 1]) [2, 1]
print(torch.equal(a % 3, torch.remainder(a, 3)))
#> True
