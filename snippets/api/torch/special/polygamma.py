import math

import torch

x = torch.tensor([1.0, 2.0, 0.5])
print(torch.polygamma(1, x))
#> tensor([1.6449, 0.6449, 4.9348])
print(torch.polygamma(1, x)[0].item(), math.pi**2 / 6)
#> 1.644934058189392 1.6449340668482264
print(torch.equal(torch.polygamma(0, x), torch.digamma(x)))
#> True
print(torch.polygamma(2, x))
#> tensor([ -2.4041,  -0.4041, -16.8288])
print(torch.polygamma(1, torch.tensor([1, 2])).dtype)
#> torch.float32
print(torch.equal(torch.special.polygamma(1, x), torch.polygamma(1, x)), torch.equal(x.polygamma(1), torch.polygamma(1, x)))
#> True True
