import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
layer = nn.LazyConvTranspose2d(out_channels=3, kernel_size=2, stride=2)
print("before:", type(layer.weight).__name__, "in_channels =", layer.in_channels)
#> before: UninitializedParameter in_channels = 0
x = torch.randn(1, 8, 4, 4)
y = layer(x)
print("after:", type(layer).__name__, "weight", tuple(layer.weight.shape), "->", tuple(y.shape))
#> after: ConvTranspose2d weight (8, 3, 2, 2) -> (1, 3, 8, 8)
print("formula (4 - 1) * 2 + (2 - 1) + 1 =", (4 - 1) * 2 + (2 - 1) + 1)
#> formula (4 - 1) * 2 + (2 - 1) + 1 = 8
print("equals F.conv_transpose2d:", torch.equal(y, F.conv_transpose2d(x, layer.weight, layer.bias, stride=2)))
#> equals F.conv_transpose2d: True

for lazy, x in [(nn.LazyConvTranspose1d(3, 2, stride=2), torch.randn(1, 8, 5)), (nn.LazyConvTranspose3d(3, 2, stride=2), torch.randn(1, 8, 2, 4, 4))]:
    out = lazy(x)
    print(type(lazy).__name__, "weight", tuple(lazy.weight.shape), "->", tuple(out.shape))
    #> ConvTranspose1d weight (8, 3, 2) -> (1, 3, 10)
    #> ConvTranspose3d weight (8, 3, 2, 2, 2) -> (1, 3, 4, 8, 8)
