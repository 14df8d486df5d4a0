import torch

g = torch.Generator().manual_seed(0)
weights = torch.tensor([0.0, 5.0, 0.0, 0.0])
print(torch.multinomial(weights, 3, generator=g))
#> tensor([1, 3, 0])
print(torch.multinomial(weights, 3, replacement=True, generator=g))
#> tensor([1, 1, 1])
