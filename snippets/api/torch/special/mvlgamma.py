import math

import torch

x = torch.tensor([1.5, 2.0, 3.5])
print(torch.mvlgamma(x, p=3))
#> tensor([2.1687, 1.5963, 3.8959])
by_formula = 3 * 2 / 4 * math.log(math.pi) + sum(math.lgamma(2.0 - i / 2) for i in range(3))
print(torch.mvlgamma(x, p=3)[1].item(), by_formula)
#> 1.5963125228881836 1.596312591138855
print(torch.equal(torch.mvlgamma(x, p=1), torch.lgamma(x)))
#> True
print(torch.equal(torch.special.multigammaln(x, 3), torch.mvlgamma(x, 3)))
#> True
