import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.tensor([-2.0, -0.5, 0.0, 0.5, 2.0])
print(F.threshold(x, 0.5, -1.0))
#> tensor([-1., -1., -1., -1.,  2.])
print(torch.where(x > 0.5, x, torch.tensor(-1.0)))
#> tensor([-1., -1., -1., -1.,  2.])
print(torch.equal(F.threshold(x, 0.0, 0.0), F.relu(x)))
#> True
print(torch.equal(F.threshold(x, 0.5, -1.0), nn.Threshold(0.5, -1.0)(x)))
#> True

ptr = x.data_ptr()
out = F.threshold_(x, 0.0, 0.0)
print(x, out.data_ptr() == ptr)
#> tensor([0.0000, 0.0000, 0.0000, 0.5000, 2.0000]) True
