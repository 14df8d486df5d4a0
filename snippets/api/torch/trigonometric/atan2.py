import math

import torch

y = torch.tensor([1.0, 1.0, -1.0, -1.0])
x = torch.tensor([1.0, -1.0, -1.0, 1.0])
angle = torch.atan2(y, x)
print(angle)
#> tensor([ 0.7854,  2.3562, -2.3562, -0.7854])
print(angle[1].item(), math.atan2(1.0, -1.0))
#> 2.356194496154785 2.356194490192345
print(torch.equal(torch.arctan2(y, x), angle))
#> True
print(torch.atan2(torch.tensor([0.0, -0.0]), torch.tensor([-1.0, -1.0])))
#> tensor([ 3.1416, -3.1416])
print(torch.atan2(torch.tensor([1]), torch.tensor([-1])), torch.atan2(torch.tensor([1]), torch.tensor([-1])).dtype)
#> tensor([2.3562]) torch.float32
