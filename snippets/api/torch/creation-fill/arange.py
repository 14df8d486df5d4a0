import torch

print(torch.arange(5))
#> tensor([0, 1, 2, 3, 4])
print(torch.arange(2, 8, 2))
#> tensor([2, 4, 6])
print(torch.arange(5, 0, -2))
#> tensor([5, 3, 1])
print(torch.arange(5).dtype, torch.arange(0, 5, 1.0).dtype, torch.arange(5, dtype=torch.float64).dtype)
#> torch.int64 torch.float32 torch.float64
print(torch.arange(0, 1, 0.25))
#> tensor([0.0000, 0.2500, 0.5000, 0.7500])
