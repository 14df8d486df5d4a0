import math

import torch

x = torch.tensor([-1.0, 0.0, 0.5, 1.0, 3.0])
print(torch.erf(x))
#> tensor([-0.8427,  0.0000,  0.5205,  0.8427,  1.0000])
print(torch.erf(x)[3].item(), math.erf(1.0))
#> 0.8427007794380188 0.8427007929497149
print(torch.erf(torch.tensor([0, 1])).dtype)
#> torch.float32

v = torch.tensor([-1.0, 0.5, 2.0])
gelu_by_hand = v * 0.5 * (1 + torch.erf(v / math.sqrt(2)))
print(torch.allclose(gelu_by_hand, torch.nn.functional.gelu(v)))
#> True
print(torch.equal(torch.special.erf(x), torch.erf(x)))
#> True
