import math

import torch

x = torch.tensor([0.0, 1.0, 2.0, 3.0])
r = torch.logcumsumexp(x, dim=0)
print(r)
#> tensor([0.0000, 1.3133, 2.4076, 3.4402])
print(round(math.log(sum(math.exp(v) for v in [0, 1, 2, 3])), 4))
#> 3.4402
print(torch.allclose(r, torch.log(torch.cumsum(torch.exp(x), dim=0))))
#> True
print(torch.allclose(r[-1], torch.logsumexp(x, dim=0)))
#> True

m = torch.tensor([[0.0, 0.0, 0.0], [1.0, 2.0, 3.0]])
print(torch.logcumsumexp(m, dim=1))
#> tensor([[0.0000, 0.6931, 1.0986],
#>         [1.0000, 2.3133, 3.4076]])
