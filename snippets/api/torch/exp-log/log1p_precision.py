import math

import torch

x = torch.tensor([1e-7, 1e-5, 1e-3])
print(torch.log1p(x))
#> tensor([1.0000e-07, 9.9999e-06, 9.9950e-04])
print(torch.log(1 + x))
#> tensor([1.1921e-07, 1.0014e-05, 9.9955e-04])
print([f"{math.log1p(v):.4e}" for v in x.tolist()])
#> ['1.0000e-07', '9.9999e-06', '9.9950e-04']
print(torch.log1p(torch.tensor([-1.0, -2.0])))
#> tensor([-inf, nan])
print(torch.log1p(torch.tensor([0, 1])))
#> tensor([0.0000, 0.6931])
