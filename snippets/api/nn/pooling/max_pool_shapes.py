import math

import torch
from torch import nn

torch.manual_seed(0)

pool = nn.MaxPool2d(kernel_size=2)
print(pool)
#> MaxPool2d(kernel_size=2, stride=2, padding=0, dilation=1, ceil_mode=False)
print("parameters:", list(pool.named_parameters()), "buffers:", list(pool.named_buffers()))
#> parameters: [] buffers: []


def formula(length, k, s, p, d, ceil):
    rounding = math.ceil if ceil else math.floor
    return rounding((length + 2 * p - d * (k - 1) - 1) / s + 1)


x = torch.randn(1, 1, 9)
print(f"{'MaxPool1d on L=9':36} formula actual")
#> MaxPool1d on L=9                     formula actual
for kwargs in [dict(kernel_size=2), dict(kernel_size=3, stride=1), dict(kernel_size=3, padding=1),
               dict(kernel_size=2, stride=1, dilation=3), dict(kernel_size=2, ceil_mode=True)]:
    layer = nn.MaxPool1d(**kwargs)
    expected = formula(9, layer.kernel_size, layer.stride, layer.padding, layer.dilation, layer.ceil_mode)
    args = ", ".join(f"{name}={value}" for name, value in kwargs.items())
    print(f"{args:36} {expected:<7} {layer(x).shape[-1]}")
    #> kernel_size=2                        4       4
    #> kernel_size=3, stride=1              7       7
    #> kernel_size=3, padding=1             3       3
    #> kernel_size=2, stride=1, dilation=3  6       6
    #> kernel_size=2, ceil_mode=True        5       5

image = torch.arange(16.0).reshape(1, 1, 4, 4)
print(nn.MaxPool2d(2)(image)[0, 0].tolist(), "max of [0, 1, 4, 5]:", max(0.0, 1.0, 4.0, 5.0))
#> [[5.0, 7.0], [13.0, 15.0]] max of [0, 1, 4, 5]: 5.0
print("MaxPool3d:", tuple(nn.MaxPool3d(2)(torch.randn(1, 1, 4, 6, 8)).shape))
#> MaxPool3d: (1, 1, 2, 3, 4)
pool.eval()
print("same in eval():", torch.equal(pool(image), nn.MaxPool2d(2).train()(image)))
#> same in eval(): True
