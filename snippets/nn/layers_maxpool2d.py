import math

import torch
import torch.nn as nn

x = torch.arange(25.0).reshape(1, 1, 5, 5)
print(x[0, 0])
#> tensor([[ 0.,  1.,  2.,  3.,  4.],
#>         [ 5.,  6.,  7.,  8.,  9.],
#>         [10., 11., 12., 13., 14.],
#>         [15., 16., 17., 18., 19.],
#>         [20., 21., 22., 23., 24.]])

pool = nn.MaxPool2d(kernel_size=2)
print(pool)
#> MaxPool2d(kernel_size=2, stride=2, padding=0, dilation=1, ceil_mode=False)
print(pool(x)[0, 0])
#> tensor([[ 6.,  8.],
#>         [16., 18.]])
print(nn.MaxPool2d(2, ceil_mode=True)(x)[0, 0])
#> tensor([[ 6.,  8.,  9.],
#>         [16., 18., 19.],
#>         [21., 23., 24.]])

print(f"{'arguments':38} formula actual")
#> arguments                              formula actual
for kwargs in [dict(kernel_size=2), dict(kernel_size=2, ceil_mode=True), dict(kernel_size=3, stride=1, padding=1), dict(kernel_size=3, stride=2)]:
    layer = nn.MaxPool2d(**kwargs)
    k, s, p = layer.kernel_size, layer.stride, layer.padding
    rounding = math.ceil if layer.ceil_mode else math.floor
    h = rounding((5 + 2 * p - (k - 1) - 1) / s + 1)
    args = ", ".join(f"{name}={value}" for name, value in kwargs.items())
    print(f"{args:38} {h:<7} {layer(x).shape[-1]}")
    #> kernel_size=2                          2       2
    #> kernel_size=2, ceil_mode=True          3       3
    #> kernel_size=3, stride=1, padding=1     5       5
    #> kernel_size=3, stride=2                2       2
