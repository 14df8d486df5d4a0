import torch

g = torch.Generator().manual_seed(7)
first = torch.randn(3, generator=g)
g.manual_seed(7)
torch.rand(1000)
second = torch.randn(3, generator=g)
print(torch.equal(first, second))
#> True

torch.manual_seed(0)
expected = torch.rand(2)
torch.manual_seed(0)
torch.randn(1000, generator=g)
actual = torch.rand(2)
print(torch.equal(expected, actual))
#> True
print(g.initial_seed(), torch.initial_seed())
#> 7 0
