import torch

y = torch.nan_to_num(torch.tensor([float("inf"), 1.0]))
print(y)
#> tensor([3.4028e+38, 1.0000e+00])
print(y * 2)
#> tensor([inf, 2.])
print(y.sum() + y.sum())
#> tensor(inf)
print(torch.nan_to_num(torch.tensor([float("inf"), 1.0]), posinf=0.0) * 2)
#> tensor([0., 2.])
