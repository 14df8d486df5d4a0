import math

import torch

x = torch.tensor([0.0, math.pi / 4, 1.5, 1.57])
print(torch.tan(x))
#> tensor([0.0000e+00, 1.0000e+00, 1.4101e+01, 1.2558e+03])
print(torch.tan(x)[2].item(), math.tan(1.5))
#> 14.101419448852539 14.101419947171719
print(torch.tan(torch.tensor([0, 1])).dtype)
#> torch.float32
