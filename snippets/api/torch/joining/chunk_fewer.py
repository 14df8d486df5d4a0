import math

import torch

x = torch.arange(6)
print(len(torch.chunk(x, 4)), [p.tolist() for p in torch.chunk(x, 4)])
#> 3 [[0, 1], [2, 3], [4, 5]]
print(math.ceil(6 / 4))
#> 2
print(len(torch.tensor_split(x, 4)), [p.tolist() for p in torch.tensor_split(x, 4)])
#> 4 [[0, 1], [2, 3], [4], [5]]
