import torch

print(torch.arange(0, 0.3, 0.1))
#> tensor([0.0000, 0.1000, 0.2000])
print(torch.arange(1, 1.3, 0.1))
#> tensor([1.0000, 1.1000, 1.2000, 1.3000])
print((1.3 - 1) / 0.1)
#> 3.0000000000000004
print(torch.linspace(1, 1.3, 4))
#> tensor([1.0000, 1.1000, 1.2000, 1.3000])
