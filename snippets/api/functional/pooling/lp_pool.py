import math

import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.tensor([[[3.0, 4.0, 1.0, 2.0]]])
print(F.lp_pool1d(x, norm_type=2, kernel_size=2))
#> tensor([[[5.0000, 2.2361]]])
print([math.sqrt(3**2 + 4**2), math.sqrt(1**2 + 2**2)])
#> [5.0, 2.23606797749979]
print(F.lp_pool1d(x, 3, 2), (3**3 + 4**3) ** (1 / 3))
#> tensor([[[4.4979, 2.0801]]]) 4.497941445275415
print(F.lp_pool1d(-x, float("inf"), 2), F.max_pool1d(x, 2))
#> tensor([[[4., 2.]]]) tensor([[[4., 2.]]])
print(F.lp_pool1d(-x, 2, 2), F.lp_pool1d(-x, 3, 2))
#> tensor([[[5.0000, 2.2361]]]) tensor([[[nan, nan]]])

image = torch.tensor([[[[1.0, 2.0], [2.0, 4.0]]]])
print(F.lp_pool2d(image, 2, 2).item(), math.sqrt(1 + 4 + 4 + 16))
#> 5.0 5.0
volume = torch.ones(1, 1, 2, 2, 2)
print(F.lp_pool3d(volume, 2, 2).item(), math.sqrt(8))
#> 2.8284270763397217 2.8284271247461903

batch = torch.rand(2, 3, 4, 4)
print(torch.equal(F.lp_pool2d(batch, 2, 2), nn.LPPool2d(2, 2)(batch)))
#> True

print(F.lp_pool1d(x, 1, 2), F.avg_pool1d(x, 2), [3 + 4, 1 + 2])
#> tensor([[[7., 3.]]]) tensor([[[3.5000, 1.5000]]]) [7, 3]
