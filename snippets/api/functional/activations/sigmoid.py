import warnings

import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.tensor([-2.0, -0.5, 0.0, 0.5, 2.0])
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    y = F.sigmoid(x)
print(y)
#> tensor([0.1192, 0.3775, 0.5000, 0.6225, 0.8808])
print(1 / (1 + torch.exp(-x)))
#> tensor([0.1192, 0.3775, 0.5000, 0.6225, 0.8808])
print(torch.__version__.split("+")[0], len(caught), "warning(s)")
#> 2.14.1 0 warning(s)
print(torch.equal(y, torch.sigmoid(x)), torch.equal(y, x.sigmoid()), torch.equal(y, nn.Sigmoid()(x)))
#> True True True
