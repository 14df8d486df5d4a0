import math

import torch

x = torch.tensor([1, 10, 1000, 0])
print(torch.log10(x))
#> tensor([0., 1., 3., -inf])
print(torch.log10(torch.tensor(2.0)).item(), math.log10(2.0))
#> 0.3010300099849701 0.3010299956639812
