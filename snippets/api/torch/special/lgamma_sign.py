import math

import torch

x = torch.tensor([-0.5, -1.5, 0.5])
print(torch.exp(torch.lgamma(x)))
#> tensor([3.5449, 2.3633, 1.7725])
print([math.gamma(v) for v in x.tolist()])
#> [-3.544907701811032, 2.3632718012073544, 1.7724538509055159]
print(torch.lgamma(x)[0].item(), math.lgamma(-0.5))
#> 1.2655121088027954 1.265512123484645
