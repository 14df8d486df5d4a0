import math

import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
signal = torch.tensor([[[3.0, 1.0, 4.0, 1.0, 5.0, 9.0, 2.0, 6.0]]])
print(F.max_pool1d(signal, kernel_size=2))
#> tensor([[[3., 4., 9., 6.]]])
print(F.max_pool1d(signal, kernel_size=2, stride=1, dilation=3))
#> tensor([[[3., 5., 9., 2., 6.]]])
print([max(signal[0, 0, i].item(), signal[0, 0, i + 3].item()) for i in range(5)])
#> [3.0, 5.0, 9.0, 2.0, 6.0]

L, k, s, p, d = 8, 2, 1, 0, 3
print(math.floor((L + 2 * p - d * (k - 1) - 1) / s + 1))
#> 5

image = torch.arange(16.0).reshape(1, 1, 4, 4)
print(F.max_pool2d(image, 2)[0, 0])
#> tensor([[ 5.,  7.],
#>         [13., 15.]])
volume = torch.arange(8.0).reshape(1, 1, 2, 2, 2)
print(F.max_pool3d(volume, 2).flatten())
#> tensor([7.])

batch = torch.randn(2, 3, 5, 5)
print(torch.equal(F.max_pool2d(batch, 2, ceil_mode=True), nn.MaxPool2d(2, ceil_mode=True)(batch)))
#> True
