import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.tensor([-2.0, -0.5, 0.0, 0.5, 2.0])
y = F.celu(x, alpha=2.0)
print(y)
#> tensor([-1.2642, -0.4424,  0.0000,  0.5000,  2.0000])
print(torch.where(x > 0, x, 2.0 * (torch.exp(x / 2.0) - 1)))
#> tensor([-1.2642, -0.4424,  0.0000,  0.5000,  2.0000])
print(F.elu(x, alpha=2.0))
#> tensor([-1.7293, -0.7869,  0.0000,  0.5000,  2.0000])
print(torch.equal(F.celu(x), F.elu(x)))
#> True
print(torch.equal(y, nn.CELU(alpha=2.0)(x)))
#> True

ptr = x.data_ptr()
out = F.celu_(x, alpha=2.0)
print(x, out.data_ptr() == ptr)
#> tensor([-1.2642, -0.4424,  0.0000,  0.5000,  2.0000]) True
