import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.tensor([-2.0, -0.5, 0.0, 0.5, 2.0])
print(F.hardtanh(x))
#> tensor([-1.0000, -0.5000,  0.0000,  0.5000,  1.0000])
print(torch.clamp(x, -1.0, 1.0))
#> tensor([-1.0000, -0.5000,  0.0000,  0.5000,  1.0000])
print(F.hardtanh(x, min_val=0.0, max_val=0.5))
#> tensor([0.0000, 0.0000, 0.0000, 0.5000, 0.5000])
print(torch.equal(F.hardtanh(x, 0.0, 6.0), F.relu6(x)))
#> True
print(torch.equal(F.hardtanh(x), nn.Hardtanh()(x)))
#> True

ptr = x.data_ptr()
out = F.hardtanh_(x, -0.5, 0.5)
print(x, out.data_ptr() == ptr)
#> tensor([-0.5000, -0.5000,  0.0000,  0.5000,  0.5000]) True
