import math

import torch

x = torch.tensor([-1.5, -0.5, 0.5, 2.7])
print(torch.floor(x))
#> tensor([-2., -1.,  0.,  2.])
print(torch.floor(x)[0].item(), math.floor(-1.5))
#> -2.0 -2
print(torch.floor(x).dtype)
#> torch.float32

i = torch.tensor([-3, 4])
print(torch.floor(i), torch.floor(i).dtype)
#> tensor([-3,  4]) torch.int64
print(torch.floor(torch.tensor([-7.0]) / 2), torch.tensor([-7]) // 2)
#> tensor([-4.]) tensor([-4])
