import torch
from torch import nn

x = torch.zeros(1, 1, 8, 8)
conv = nn.Conv2d(1, 1, kernel_size=3)
pool = nn.MaxPool2d(kernel_size=3)
print("Conv2d(k=3) stride:", conv.stride, "->", tuple(conv(x).shape[-2:]))
#> Conv2d(k=3) stride: (1, 1) -> (6, 6)
print("MaxPool2d(k=3) stride:", pool.stride, "->", tuple(pool(x).shape[-2:]))
#> MaxPool2d(k=3) stride: 3 -> (2, 2)
print("MaxPool2d(k=3, stride=1) ->", tuple(nn.MaxPool2d(3, stride=1)(x).shape[-2:]))
#> MaxPool2d(k=3, stride=1) -> (6, 6)
