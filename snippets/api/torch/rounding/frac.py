import math

import torch

x = torch.tensor([-2.5, -0.25, 1.75])
print(torch.frac(x))
#> tensor([-0.5000, -0.2500,  0.7500])
print(torch.equal(torch.frac(x), x - torch.trunc(x)))
#> True
print(torch.frac(x)[0].item(), math.modf(-2.5)[0])
#> -0.5 -0.5
try:
    torch.frac(torch.tensor([1, 2]))
except NotImplementedError as e:
    print(type(e).__name__, str(e).splitlines()[0][:80])
    #> NotImplementedError "frac_cpu" not implemented for 'Long'
