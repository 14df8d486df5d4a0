import math

import torch

x = torch.tensor([4.0, 2.0, 0.0, -0.0])
print(torch.sqrt(x))
#> tensor([2.0000, 1.4142, 0.0000, -0.0000])
print(torch.sqrt(x)[1].item(), math.sqrt(2.0))
#> 1.4142135381698608 1.4142135623730951
ints = torch.tensor([4, 9])
print(torch.sqrt(ints), torch.sqrt(ints).dtype)
#> tensor([2., 3.]) torch.float32
