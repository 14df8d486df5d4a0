import torch

x = torch.tensor([-2.5, -0.25, 1.75])
print(torch.frac(x))
#> tensor([-0.5000, -0.2500,  0.7500])
print(x - torch.floor(x))
#> tensor([0.5000, 0.7500, 0.7500])
print(x % 1)
#> tensor([0.5000, 0.7500, 0.7500])
