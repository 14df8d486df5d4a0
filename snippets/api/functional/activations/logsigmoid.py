import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.tensor([-2.0, -0.5, 0.0, 0.5, 2.0])
y = F.logsigmoid(x)
print(y)
#> tensor([-2.1269, -0.9741, -0.6931, -0.4741, -0.1269])
print(torch.log(1 / (1 + torch.exp(-x))))
#> tensor([-2.1269, -0.9741, -0.6931, -0.4741, -0.1269])
print(torch.allclose(y, -F.softplus(-x)))
#> True
print(torch.equal(y, nn.LogSigmoid()(x)))
#> True

big = torch.tensor([-200.0, -100.0, 30.0])
print(F.logsigmoid(big))
#> tensor([-2.0000e+02, -1.0000e+02, -9.3576e-14])
print(torch.log(torch.sigmoid(big)))
#> tensor([-inf, -inf, 0.])
