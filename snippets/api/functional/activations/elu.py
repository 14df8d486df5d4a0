import math

import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.tensor([-2.0, -0.5, 0.0, 0.5, 2.0])
print(F.elu(x))
#> tensor([-0.8647, -0.3935,  0.0000,  0.5000,  2.0000])
print(torch.where(x > 0, x, torch.exp(x) - 1))
#> tensor([-0.8647, -0.3935,  0.0000,  0.5000,  2.0000])
print(F.elu(x, alpha=2.0))
#> tensor([-1.7293, -0.7869,  0.0000,  0.5000,  2.0000])
print(round(2.0 * (math.exp(-2.0) - 1), 4))
#> -1.7293
print(F.elu(torch.tensor([-100.0]), alpha=2.0))
#> tensor([-2.])
print(torch.equal(F.elu(x, alpha=2.0), nn.ELU(alpha=2.0)(x)))
#> True

ptr = x.data_ptr()
out = F.elu_(x, alpha=2.0)
print(x, out.data_ptr() == ptr)
#> tensor([-1.7293, -0.7869,  0.0000,  0.5000,  2.0000]) True
