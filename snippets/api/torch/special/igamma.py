import math

import torch

a = torch.tensor([1.0, 2.0, 3.0])
x = torch.tensor([1.0, 2.0, 2.0])
lower = torch.igamma(a, x)
upper = torch.igammac(a, x)
print(lower)
#> tensor([0.6321, 0.5940, 0.3233])
print(upper)
#> tensor([0.3679, 0.4060, 0.6767])
print(lower[2].item(), 1 - math.exp(-2.0) * (1 + 2 + 2**2 / 2))
#> 0.32332366704940796 0.3233235838169365
print(torch.allclose(lower + upper, torch.ones(3)))
#> True
print(torch.equal(torch.special.gammainc(a, x), lower), torch.equal(torch.special.gammaincc(a, x), upper))
#> True True
