import math

import torch

degrees = torch.tensor([0, 90, 180, 360])
radians = torch.deg2rad(degrees)
print(radians, radians.dtype)
#> tensor([0.0000, 1.5708, 3.1416, 6.2832]) torch.float32
print(radians[1].item(), math.radians(90))
#> 1.5707963705062866 1.5707963267948966
print(torch.rad2deg(torch.tensor([math.pi / 6, 1.0])), math.degrees(1.0))
#> tensor([30.0000, 57.2958]) 57.29577951308232
print(torch.rad2deg(radians))
#> tensor([  0.,  90., 180., 360.])
