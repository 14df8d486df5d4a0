import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.tensor([-1.0, -0.5, -0.2, 0.0, 0.2, 0.5, 0.6])
y = F.hardshrink(x)
print(y)
#> tensor([-1.0000,  0.0000,  0.0000,  0.0000,  0.0000,  0.0000,  0.6000])
print(torch.where(x.abs() > 0.5, x, 0.0))
#> tensor([-1.0000,  0.0000,  0.0000,  0.0000,  0.0000,  0.0000,  0.6000])
print(F.hardshrink(x, lambd=0.1))
#> tensor([-1.0000, -0.5000, -0.2000,  0.0000,  0.2000,  0.5000,  0.6000])
print(torch.equal(y, nn.Hardshrink(0.5)(x)))
#> True
