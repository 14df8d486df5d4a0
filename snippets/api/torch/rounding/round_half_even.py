import math

import torch

x = torch.tensor([0.5, 1.5, 2.5, 3.5, -0.5, -2.5])
print(torch.round(x))
#> tensor([ 0.,  2.,  2.,  4., -0., -2.])
print([round(v) for v in x.tolist()])
#> [0, 2, 2, 4, 0, -2]
print([math.floor(v + 0.5) for v in x.tolist()])
#> [1, 2, 3, 4, 0, -2]
print(torch.sign(x) * torch.floor(x.abs() + 0.5))
#> tensor([ 1.,  2.,  3.,  4., -1., -3.])
