import torch
from torch import nn

torch.manual_seed(0)
conv = nn.Conv2d(3, 3, kernel_size=3, padding=1)
nn.init.dirac_(conv.weight)
nn.init.zeros_(conv.bias)
print("kernel for out 0, in 0:", conv.weight[0, 0].detach().tolist())
#> kernel for out 0, in 0: [[0.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 0.0]]
print("kernel for out 0, in 1:", conv.weight[0, 1].detach().tolist())
#> kernel for out 0, in 1: [[0.0, 0.0, 0.0], [0.0, 0.0, 0.0], [0.0, 0.0, 0.0]]

x = torch.randn(2, 3, 8, 8)
print("output equals input:", torch.equal(conv(x), x))
#> output equals input: True

wider = nn.Conv2d(3, 5, kernel_size=3, padding=1, bias=False)
nn.init.dirac_(wider.weight)
y = wider(x)
print("3 -> 5 channels:", torch.equal(y[:, :3], x), "extra channels zero:", bool((y[:, 3:] == 0).all()))
#> 3 -> 5 channels: True extra channels zero: True
