import math

import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
L, size = 5, 3
x = torch.arange(float(L)).reshape(1, 1, L)
bins = [(math.floor(i * L / size), math.ceil((i + 1) * L / size)) for i in range(size)]
print(bins)
#> [(0, 2), (1, 4), (3, 5)]
print(F.adaptive_avg_pool1d(x, size))
#> tensor([[[0.5000, 2.0000, 3.5000]]])
print([x[0, 0, a:b].mean().item() for a, b in bins])
#> [0.5, 2.0, 3.5]

image = torch.arange(35.0).reshape(1, 1, 5, 7)
out = F.adaptive_avg_pool2d(image, (2, 3))
print(out[0, 0])
#> tensor([[ 8., 10., 12.],
#>         [22., 24., 26.]])
print(image[0, 0, 0:3, 0:3].mean().item())
#> 8.0
print(torch.equal(out, nn.AdaptiveAvgPool2d((2, 3))(image)))
#> True
print(F.adaptive_avg_pool2d(image, (None, 1)).shape, F.adaptive_avg_pool3d(image.unsqueeze(2), 1).item(), image.mean().item())
#> torch.Size([1, 1, 5, 1]) 17.0 17.0
