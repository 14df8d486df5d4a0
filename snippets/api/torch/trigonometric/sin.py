import math

import torch

x = torch.tensor([0.0, math.pi / 6, math.pi / 2, math.pi])
print(torch.sin(x))
#> tensor([ 0.0000e+00,  5.0000e-01,  1.0000e+00, -8.7423e-08])
print(torch.sin(x)[1].item(), math.sin(math.pi / 6))
#> 0.5 0.49999999999999994
ints = torch.tensor([0, 1, 2])
print(torch.sin(ints), torch.sin(ints).dtype)
#> tensor([0.0000, 0.8415, 0.9093]) torch.float32
