import torch
from torch import nn

torch.manual_seed(0)
layer = nn.RReLU(lower=0.1, upper=0.3)
x = -torch.ones(6)
print("training:", layer.training)
#> training: True
first = layer(x)
second = layer(x)
print(first)
#> tensor([-0.2940, -0.2416, -0.1919, -0.2841, -0.2290, -0.2582])
print("two calls differ:", not torch.equal(first, second), "slopes in [0.1, 0.3]:", bool(((-first >= 0.1) & (-first <= 0.3)).all()))
#> two calls differ: True slopes in [0.1, 0.3]: True

layer.eval()
print(layer(x))
#> tensor([-0.2000, -0.2000, -0.2000, -0.2000, -0.2000, -0.2000])
print("eval slope = (lower + upper) / 2:", (0.1 + 0.3) / 2)
#> eval slope = (lower + upper) / 2: 0.2
print("positive 2.0 ->", layer.train()(torch.tensor([2.0])).item())
#> positive 2.0 -> 2.0
