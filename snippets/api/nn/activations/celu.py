import math

import torch
from torch import nn

torch.set_printoptions(precision=4)
x = torch.tensor([-2.0, -1.0, 1.0])
celu = nn.CELU(alpha=2.0)
print(celu(x))
#> tensor([-1.2642, -0.7869,  1.0000])
print("CELU(-2):", round(celu(x)[0].item(), 4), "= alpha*(e^(-2/alpha) - 1):", round(2.0 * (math.exp(-2 / 2.0) - 1), 4))
#> CELU(-2): -1.2642 = alpha*(e^(-2/alpha) - 1): -1.2642
print("ELU(alpha=2):", nn.ELU(alpha=2.0)(x))
#> ELU(alpha=2): tensor([-1.7293, -1.2642,  1.0000])
print("equal at alpha=1:", torch.equal(nn.CELU(alpha=1.0)(x), nn.ELU(alpha=1.0)(x)))
#> equal at alpha=1: True
