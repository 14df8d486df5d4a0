import math

import torch

x = torch.full((3,), 1000.0, dtype=torch.float64)
print(torch.log(torch.cumsum(torch.exp(x), dim=0)))
#> tensor([inf, inf, inf], dtype=torch.float64)
print(torch.logcumsumexp(x, dim=0))
#> tensor([1000.0000, 1000.6931, 1001.0986], dtype=torch.float64)
print([round(1000 + math.log(k), 4) for k in (1, 2, 3)])
#> [1000.0, 1000.6931, 1001.0986]
print(torch.log(torch.cumsum(torch.exp(-x), dim=0)))
#> tensor([-inf, -inf, -inf], dtype=torch.float64)
print(torch.logcumsumexp(-x, dim=0))
#> tensor([-1000.0000,  -999.3069,  -998.9014], dtype=torch.float64)
