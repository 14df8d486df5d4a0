import torch
from torch import nn

x = torch.randn(1, 3, 8, 8)
torch.manual_seed(0)
eager = nn.Conv2d(3, 4, 3)

torch.manual_seed(0)
lazy = nn.LazyConv2d(4, 3)
lazy(x)
print("seed, build, call:", torch.equal(lazy.weight, eager.weight))
#> seed, build, call: True

torch.manual_seed(0)
lazy = nn.LazyConv2d(4, 3)
batch = torch.randn(1, 3, 8, 8)
lazy(batch)
print("seed, build, draw a batch, call:", torch.equal(lazy.weight, eager.weight))
#> seed, build, draw a batch, call: False
