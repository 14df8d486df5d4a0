import math

import torch

n = torch.arange(1, 22)
print(torch.prod(n[:20]).item() == math.factorial(20))
#> True
print(torch.prod(n).item(), math.factorial(21))
#> -4249290049419214848 51090942171709440000
print(torch.prod(n, dtype=torch.float64).item() == float(math.factorial(21)))
#> True
