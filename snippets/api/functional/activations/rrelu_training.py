import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
negative = -torch.ones(4)
print(F.rrelu(negative))
#> tensor([-0.2292, -0.2292, -0.2292, -0.2292])
print(F.rrelu(negative))
#> tensor([-0.2292, -0.2292, -0.2292, -0.2292])

module = nn.RReLU()
print(module.training, module(negative))
#> True tensor([-0.3271, -0.2725, -0.2207, -0.3168])
module.eval()
print(module.training, torch.equal(module(negative), F.rrelu(negative)))
#> False True
