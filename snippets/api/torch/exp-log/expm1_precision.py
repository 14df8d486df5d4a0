import math

import torch

x = torch.tensor([1e-7, 1e-5, 1e-3])
print(torch.expm1(x))
#> tensor([1.0000e-07, 1.0000e-05, 1.0005e-03])
print(torch.exp(x) - 1)
#> tensor([1.1921e-07, 1.0014e-05, 1.0005e-03])
print([f"{math.expm1(v):.4e}" for v in x.tolist()])
#> ['1.0000e-07', '1.0000e-05', '1.0005e-03']
print(torch.expm1(torch.tensor([0, 1])))
#> tensor([0.0000, 1.7183])
