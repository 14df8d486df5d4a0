import math

import torch

x = torch.tensor([-1.0, 0.0, 0.5, 1.0, -1.5])
print(torch.asin(x))
#> tensor([-1.5708,  0.0000,  0.5236,  1.5708,     nan])
print(torch.asin(x)[2].item(), math.asin(0.5))
#> 0.5235987901687622 0.5235987755982989
inside = x[:4]
print(torch.equal(torch.arcsin(inside), torch.asin(inside)))
#> True
print(torch.asin(torch.tensor([0, 1])).dtype)
#> torch.float32
