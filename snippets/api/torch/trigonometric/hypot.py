import math

import torch

a = torch.tensor([3.0, 3e20])
b = torch.tensor([4.0, 4e20])
print(torch.hypot(a, b))
#> tensor([5.0000e+00, 5.0000e+20])
print(torch.sqrt(a**2 + b**2))
#> tensor([5., inf])
print(torch.hypot(a, b)[1].item(), math.hypot(3e20, 4e20))
#> 5.000000100204387e+20 5e+20
try:
    torch.hypot(torch.tensor([3]), torch.tensor([4]))
except NotImplementedError as e:
    print(type(e).__name__, str(e).splitlines()[0][:80])
    #> NotImplementedError "hypot_cpu" not implemented for 'Long'
