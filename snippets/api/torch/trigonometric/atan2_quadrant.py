import math

import torch

y = torch.tensor([1.0, 1.0, -1.0, -1.0])
x = torch.tensor([1.0, -1.0, -1.0, 1.0])
print(torch.atan(y / x))
#> tensor([ 0.7854, -0.7854,  0.7854, -0.7854])
print(torch.atan2(y, x))
#> tensor([ 0.7854,  2.3562, -2.3562, -0.7854])
print([round(math.atan2(b, a), 4) for b, a in zip(y.tolist(), x.tolist())])
#> [0.7854, 2.3562, -2.3562, -0.7854]
