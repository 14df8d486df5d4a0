import math

import torch

y = torch.tensor([-0.5, 0.0, 0.5, 0.9, 1.0, -1.0, 1.5])
print(torch.erfinv(y))
#> tensor([-0.4769,  0.0000,  0.4769,  1.1631,     inf,    -inf,     nan])
print(math.erf(torch.erfinv(y)[2].item()))
#> 0.500000004065233
x = torch.tensor([-2.0, -0.5, 0.0, 1.0])
print(torch.allclose(torch.erfinv(torch.erf(x)), x))
#> True
print(torch.equal(torch.special.erfinv(y[:5]), torch.erfinv(y[:5])))
#> True
