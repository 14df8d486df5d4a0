import torch
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.tensor([-2.0, -0.5, 0.0, 0.5, 2.0])
print(F.rrelu(x))
#> tensor([-0.4583, -0.1146,  0.0000,  0.5000,  2.0000])
print(-2.0 * (1 / 8 + 1 / 3) / 2)
#> -0.4583333333333333

negative = -torch.ones(6)
first = F.rrelu(negative, lower=0.1, upper=0.3, training=True)
second = F.rrelu(negative, lower=0.1, upper=0.3, training=True)
print(first)
#> tensor([-0.2940, -0.2416, -0.1919, -0.2841, -0.2290, -0.2582])
print(second)
#> tensor([-0.1357, -0.1702, -0.2163, -0.1576, -0.1906, -0.1354])
slopes = -first
print(bool(((slopes >= 0.1) & (slopes <= 0.3)).all()))
#> True
print(F.rrelu(torch.tensor([2.0]), training=True))
#> tensor([2.])

ptr = x.data_ptr()
out = F.rrelu_(x, training=False)
print(x, out.data_ptr() == ptr)
#> tensor([-0.4583, -0.1146,  0.0000,  0.5000,  2.0000]) True
