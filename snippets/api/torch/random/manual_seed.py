import torch

drawn = torch.seed()
print(type(drawn).__name__, torch.initial_seed() == drawn)
#> int True

g = torch.manual_seed(42)
print(g is torch.default_generator, torch.initial_seed())
#> True 42
a = torch.rand(3)
b = torch.rand(3)
torch.manual_seed(42)
print(torch.equal(torch.rand(3), a), torch.equal(torch.rand(3), b), torch.equal(a, b))
#> True True False

own = torch.Generator().manual_seed(42)
print(torch.equal(torch.rand(3, generator=own), a))
#> True
