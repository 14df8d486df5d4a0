import math

import torch

x = torch.tensor([-1.0, 0.0, 1.0, 2.0])
print(torch.erfc(x))
#> tensor([1.8427, 1.0000, 0.1573, 0.0047])
print(torch.erfc(x)[2].item(), math.erfc(1.0))
#> 0.15729920566082 0.15729920705028513
print(torch.allclose(torch.erfc(x), 1 - torch.erf(x)))
#> True
print(torch.equal(torch.special.erfc(x), torch.erfc(x)))
#> True
