import math

import torch

x = torch.tensor([0.0, 1.0, -1.0, 2.0])
print(torch.i0(x))
#> tensor([1.0000, 1.2661, 1.2661, 2.2796])
series = sum((1.0 / 4) ** k / math.factorial(k) ** 2 for k in range(20))
print(torch.i0(x)[1].item(), series)
#> 1.2660659551620483 1.2660658777520082
print(torch.i0(torch.tensor([0, 1])).dtype)
#> torch.float32
print(torch.equal(torch.special.i0(x), torch.i0(x)))
#> True
