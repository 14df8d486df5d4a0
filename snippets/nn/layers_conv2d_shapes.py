import math

import torch
import torch.nn as nn

x = torch.zeros(1, 3, 10, 10)
settings = [
    dict(kernel_size=3),
    dict(kernel_size=3, padding=1),
    dict(kernel_size=3, stride=2),
    dict(kernel_size=3, stride=2, padding=1),
    dict(kernel_size=4, stride=3, padding=2),
    dict(kernel_size=3, dilation=2),
    dict(kernel_size=(3, 5), padding=(1, 0)),
]

print(f"{'arguments':44} formula  actual")
#> arguments                                    formula  actual
for kwargs in settings:
    conv = nn.Conv2d(3, 8, **kwargs)
    k, s, p, d = conv.kernel_size, conv.stride, conv.padding, conv.dilation
    h = math.floor((10 + 2 * p[0] - d[0] * (k[0] - 1) - 1) / s[0] + 1)
    w = math.floor((10 + 2 * p[1] - d[1] * (k[1] - 1) - 1) / s[1] + 1)
    args = ", ".join(f"{name}={value}" for name, value in kwargs.items())
    print(f"{args:44} {(h, w)!s:8} {tuple(conv(x).shape[2:])}")
    #> kernel_size=3                                (8, 8)   (8, 8)
    #> kernel_size=3, padding=1                     (10, 10) (10, 10)
    #> kernel_size=3, stride=2                      (4, 4)   (4, 4)
    #> kernel_size=3, stride=2, padding=1           (5, 5)   (5, 5)
    #> kernel_size=4, stride=3, padding=2           (4, 4)   (4, 4)
    #> kernel_size=3, dilation=2                    (6, 6)   (6, 6)
    #> kernel_size=(3, 5), padding=(1, 0)           (10, 6)  (10, 6)
