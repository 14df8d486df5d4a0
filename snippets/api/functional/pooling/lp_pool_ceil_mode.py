import math

import torch
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.tensor([[[3.0, 4.0, 1.0, 2.0, 2.0]]])
print(F.lp_pool1d(x, 2, 2, ceil_mode=True))
#> tensor([[[5.0000, 2.2361, 2.8284]]])
print(math.sqrt(2**2), math.sqrt(2 * 2**2))
#> 2.0 2.8284271247461903
