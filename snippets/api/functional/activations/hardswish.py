import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.tensor([-4.0, -3.0, -1.0, 0.0, 1.0, 3.0, 4.0])
y = F.hardswish(x)
print(y)
#> tensor([-0.0000, -0.0000, -0.3333,  0.0000,  0.6667,  3.0000,  4.0000])
print(x * torch.clamp(x + 3, 0, 6) / 6)
#> tensor([-0.0000, -0.0000, -0.3333,  0.0000,  0.6667,  3.0000,  4.0000])
print(torch.allclose(y, x * F.hardsigmoid(x)))
#> True
print(torch.equal(y, nn.Hardswish()(x)))
#> True

ptr = x.data_ptr()
out = F.hardswish(x, inplace=True)
print(x, out.data_ptr() == ptr)
#> tensor([-0.0000, -0.0000, -0.3333,  0.0000,  0.6667,  3.0000,  4.0000]) True
