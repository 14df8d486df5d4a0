import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.tensor([-2.0, -0.5, 0.0, 0.5, 2.0])
y = F.mish(x)
print(y)
#> tensor([-0.2525, -0.2207,  0.0000,  0.3752,  1.9440])
print(x * torch.tanh(torch.log(1 + torch.exp(x))))
#> tensor([-0.2525, -0.2207,  0.0000,  0.3752,  1.9440])
print(torch.allclose(y, x * torch.tanh(F.softplus(x))))
#> True
print(torch.equal(y, nn.Mish()(x)))
#> True

ptr = x.data_ptr()
out = F.mish(x, inplace=True)
print(x, out.data_ptr() == ptr)
#> tensor([-0.2525, -0.2207,  0.0000,  0.3752,  1.9440]) True
