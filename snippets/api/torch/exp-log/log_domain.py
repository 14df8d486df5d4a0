import math

import torch

x = torch.tensor([1.0, 2.0, 0.0, -1.0])
print(torch.log(x))
#> tensor([0.0000, 0.6931,   -inf,    nan])
print(torch.log(x)[1].item(), math.log(2.0))
#> 0.6931471824645996 0.6931471805599453
print(torch.log(torch.tensor([1, 10])))
#> tensor([0.0000, 2.3026])
print(torch.log(torch.tensor([1, 10])).dtype)
#> torch.float32
