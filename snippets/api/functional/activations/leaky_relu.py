import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.tensor([-2.0, -0.5, 0.0, 0.5, 2.0])
print(F.leaky_relu(x))
#> tensor([-0.0200, -0.0050,  0.0000,  0.5000,  2.0000])
print(F.leaky_relu(x, negative_slope=0.2))
#> tensor([-0.4000, -0.1000,  0.0000,  0.5000,  2.0000])
print(torch.where(x >= 0, x, 0.2 * x))
#> tensor([-0.4000, -0.1000,  0.0000,  0.5000,  2.0000])
print(torch.equal(F.leaky_relu(x, 0.2), nn.LeakyReLU(0.2)(x)))
#> True

ptr = x.data_ptr()
out = F.leaky_relu_(x, 0.2)
print(x, out.data_ptr() == ptr)
#> tensor([-0.4000, -0.1000,  0.0000,  0.5000,  2.0000]) True
