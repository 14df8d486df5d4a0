import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.tensor([-4.0, -3.0, -1.5, 0.0, 1.5, 3.0, 4.0])
y = F.hardsigmoid(x)
print(y)
#> tensor([0.0000, 0.0000, 0.2500, 0.5000, 0.7500, 1.0000, 1.0000])
print(torch.clamp(x / 6 + 0.5, 0.0, 1.0))
#> tensor([0.0000, 0.0000, 0.2500, 0.5000, 0.7500, 1.0000, 1.0000])
print(torch.clamp(0.2 * x + 0.5, 0.0, 1.0))
#> tensor([0.0000, 0.0000, 0.2000, 0.5000, 0.8000, 1.0000, 1.0000])
print(torch.equal(y, nn.Hardsigmoid()(x)))
#> True

ptr = x.data_ptr()
out = F.hardsigmoid(x, inplace=True)
print(x, out.data_ptr() == ptr)
#> tensor([0.0000, 0.0000, 0.2500, 0.5000, 0.7500, 1.0000, 1.0000]) True
