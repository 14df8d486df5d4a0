import math

import torch

x = torch.tensor([[1, 2, 3],
                  [4, 5, 6]], dtype=torch.int32)
print(torch.prod(x), math.prod(range(1, 7)), torch.prod(x).dtype)
#> tensor(720) 720 torch.int64
print(torch.prod(x, dim=1), torch.prod(x, dim=1, keepdim=True).shape)
#> tensor([  6, 120]) torch.Size([2, 1])
print(torch.prod(x, dim=0, dtype=torch.float32))
#> tensor([ 4., 10., 18.])
print(torch.prod(torch.tensor([True, False])), torch.prod(torch.empty(0)))
#> tensor(0) tensor(1.)
