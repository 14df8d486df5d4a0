import math

import torch
from torch import nn

exact = nn.GELU()
tanh = nn.GELU(approximate="tanh")
print(exact, tanh)
#> GELU(approximate='none') GELU(approximate='tanh')
x = torch.tensor([-1.0, 1.0])
print("GELU(1):", round(exact(x)[1].item(), 6), "= 1 * Phi(1):", round(0.5 * (1 + math.erf(1 / math.sqrt(2))), 6))
#> GELU(1): 0.841345 = 1 * Phi(1): 0.841345
by_hand = 0.5 * (1 + math.tanh(math.sqrt(2 / math.pi) * (1 + 0.044715)))
print("tanh GELU(1):", round(tanh(x)[1].item(), 6), "by hand:", round(by_hand, 6))
#> tanh GELU(1): 0.841192 by hand: 0.841192

grid = torch.linspace(-6, 6, 1201)
gap = (exact(grid) - tanh(grid)).abs()
print(f"max |exact - tanh| on [-6, 6]: {gap.max():.1e}")
#> max |exact - tanh| on [-6, 6]: 4.7e-04
