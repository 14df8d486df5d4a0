import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
layer = nn.LazyConv2d(out_channels=4, kernel_size=3)
print("before:", type(layer.weight).__name__, "in_channels =", layer.in_channels)
#> before: UninitializedParameter in_channels = 0
optimizer = torch.optim.SGD(layer.parameters(), lr=0.1)
x = torch.randn(1, 5, 8, 8)
y = layer(x)
print("after:", type(layer.weight).__name__, tuple(layer.weight.shape), "->", tuple(y.shape))
#> after: Parameter (4, 5, 3, 3) -> (1, 4, 6, 6)
print(type(layer).__name__, layer)
#> Conv2d Conv2d(5, 4, kernel_size=(3, 3), stride=(1, 1))
print("optimizer made before holds it:", optimizer.param_groups[0]["params"][0] is layer.weight)
#> optimizer made before holds it: True
print("equals F.conv2d:", torch.equal(y, F.conv2d(x, layer.weight, layer.bias)))
#> equals F.conv2d: True

for lazy, x in [(nn.LazyConv1d(4, 3), torch.randn(1, 6, 10)), (nn.LazyConv3d(4, 3, groups=2), torch.randn(1, 6, 4, 5, 5))]:
    lazy(x)
    print(type(lazy).__name__, "in_channels", lazy.in_channels, "weight", tuple(lazy.weight.shape))
    #> Conv1d in_channels 6 weight (4, 6, 3)
    #> Conv3d in_channels 6 weight (4, 3, 3, 3, 3)
try:
    layer(torch.randn(1, 3, 8, 8))
except RuntimeError as error:
    print("3 channels now:", str(error).split(", but")[0])
    #> 3 channels now: Given groups=1, weight of size [4, 5, 3, 3], expected input[1, 3, 8, 8] to have 5 channels
