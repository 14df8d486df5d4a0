import math

import torch

n = torch.tensor([1.0, 5.0, 10.0, 100.0])
print(torch.lgamma(n + 1))
#> tensor([  0.0000,   4.7875,  15.1044, 363.7394])
print(torch.lgamma(n + 1)[1].item(), math.log(math.factorial(5)), math.lgamma(6.0))
#> 4.787491798400879 4.787491742782046 4.787491742782047
print(torch.lgamma(torch.tensor([0.0, -1.0, -2.0])))
#> tensor([inf, inf, inf])
print(torch.lgamma(torch.tensor([3, 4])).dtype)
#> torch.float32
print(torch.equal(torch.special.gammaln(n), torch.lgamma(n)))
#> True
