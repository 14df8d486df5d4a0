import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.tensor([-3.0, -1.0, 0.0, 1.0, 3.0, 100.0])
y = F.softsign(x)
print(y)
#> tensor([-0.7500, -0.5000,  0.0000,  0.5000,  0.7500,  0.9901])
print(x / (1 + x.abs()))
#> tensor([-0.7500, -0.5000,  0.0000,  0.5000,  0.7500,  0.9901])
print(torch.tanh(x))
#> tensor([-0.9951, -0.7616,  0.0000,  0.7616,  0.9951,  1.0000])
print(torch.equal(y, nn.Softsign()(x)))
#> True
