import math

import torch

print(torch.tan(torch.tensor(math.pi / 2)))
#> tensor(-22877332.)
print(torch.tan(torch.tensor(math.pi / 2, dtype=torch.float64)))
#> tensor(1.6331e+16, dtype=torch.float64)
print(math.tan(math.pi / 2))
#> 1.633123935319537e+16
print(torch.isinf(torch.tan(torch.tensor(math.pi / 2))).item())
#> False
