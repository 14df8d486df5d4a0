import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
alpha = 1.6732632423543772848170429916717
scale = 1.0507009873554804934193349852946
x = torch.tensor([-2.0, -0.5, 0.0, 0.5, 2.0])
y = F.selu(x)
print(y)
#> tensor([-1.5202, -0.6918,  0.0000,  0.5254,  2.1014])
print(scale * torch.where(x > 0, x, alpha * (torch.exp(x) - 1)))
#> tensor([-1.5202, -0.6918,  0.0000,  0.5254,  2.1014])
print(torch.allclose(y, scale * F.elu(x, alpha=alpha)))
#> True
print(torch.equal(y, nn.SELU()(x)))
#> True

z = F.selu(torch.randn(100_000))
print(f"mean {z.mean():.3f}, std {z.std():.3f}")
#> mean -0.002, std 1.000

ptr = x.data_ptr()
out = F.selu_(x)
print(x, out.data_ptr() == ptr)
#> tensor([-1.5202, -0.6918,  0.0000,  0.5254,  2.1014]) True
