import torch

print(torch.logspace(1, 1000, 4))
#> tensor([10., inf, inf, inf])
print(torch.logspace(0, 3, 4))
#> tensor([   1.,   10.,  100., 1000.])
