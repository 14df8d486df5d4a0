import math

import torch

x = torch.tensor([0.0, 0.0, 2.0])
y = torch.tensor([0.0, float("nan"), 3.0])
print(torch.xlogy(x, y))
#> tensor([0.0000,    nan, 2.1972])
print(x * torch.log(y))
#> tensor([   nan,    nan, 2.1972])
print(torch.xlogy(x, y)[2].item(), 2 * math.log(3.0))
#> 2.1972246170043945 2.1972245773362196
print(torch.xlogy(2, torch.tensor([1.0, 3.0])))
#> tensor([0.0000, 2.1972])
print(torch.xlogy(torch.tensor([0, 1]), torch.tensor([0, 2])))
#> tensor([0.0000, 0.6931])
