import warnings

import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.tensor([-2.0, -0.5, 0.0, 0.5, 2.0])
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    y = F.tanh(x)
print(y)
#> tensor([-0.9640, -0.4621,  0.0000,  0.4621,  0.9640])
print((torch.exp(x) - torch.exp(-x)) / (torch.exp(x) + torch.exp(-x)))
#> tensor([-0.9640, -0.4621,  0.0000,  0.4621,  0.9640])
print(torch.__version__.split("+")[0], len(caught), "warning(s)")
#> 2.14.1 0 warning(s)
print(torch.equal(y, torch.tanh(x)), torch.equal(y, x.tanh()), torch.equal(y, nn.Tanh()(x)))
#> True True True
