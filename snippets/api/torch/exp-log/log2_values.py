import math

import torch

x = torch.tensor([1, 8, 1024, 0])
print(torch.log2(x))
#> tensor([ 0.,  3., 10., -inf])
print(torch.log2(torch.tensor(10.0)).item(), math.log2(10.0))
#> 3.321928024291992 3.321928094887362
