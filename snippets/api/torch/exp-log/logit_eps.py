import math

import torch

p = torch.tensor([0.0, 0.25, 0.5, 1.0])
print(torch.logit(p))
#> tensor([   -inf, -1.0986,  0.0000,     inf])
print(torch.logit(p)[1].item(), math.log(0.25 / 0.75))
#> -1.0986123085021973 -1.0986122886681098
print(torch.logit(torch.tensor([-0.5, 1.5])))
#> tensor([nan, nan])
print(torch.logit(p, eps=1e-6))
#> tensor([-13.8155,  -1.0986,   0.0000,  13.8023])
print(torch.tensor(1 - 1e-6).item())
#> 0.9999989867210388
print(torch.allclose(torch.sigmoid(torch.logit(p[1:3])), p[1:3]))
#> True
