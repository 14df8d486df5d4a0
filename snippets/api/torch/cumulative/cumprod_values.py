import math

import torch

x = torch.tensor([2, 3, 4, 5], dtype=torch.int32)
p = torch.cumprod(x, dim=0)
print(p, p.dtype, math.prod([2, 3, 4, 5]))
#> tensor([  2,   6,  24, 120]) torch.int64 120
print(torch.cumprod(torch.tensor([2.0, 0.0, 3.0]), dim=0))
#> tensor([2., 0., 0.])
print(torch.cumprod(x, dim=0, dtype=torch.float64))
#> tensor([  2.,   6.,  24., 120.], dtype=torch.float64)

m = torch.tensor([[1, 2, 3], [4, 5, 6]])
print(torch.cumprod(m, dim=1))
#> tensor([[  1,   2,   6],
#>         [  4,  20, 120]])
