import math

import torch
from torch import nn

torch.manual_seed(0)
layer = nn.SELU()
alpha, scale = 1.6732632423543772, 1.0507009873554805
y = layer(torch.tensor([-1.0, 2.0]))
print("SELU(-1):", round(y[0].item(), 4), "= scale*alpha*(e^-1 - 1):", round(scale * alpha * (math.exp(-1) - 1), 4))
#> SELU(-1): -1.1113 = scale*alpha*(e^-1 - 1): -1.1113
print("SELU(2):", round(y[1].item(), 4), "= scale*2:", round(scale * 2, 4))
#> SELU(2): 2.1014 = scale*2: 2.1014

out = layer(torch.randn(100_000))
print(f"N(0, 1) in: mean {out.mean():.2f}, std {out.std():.2f}")
#> N(0, 1) in: mean -0.00, std 1.00
