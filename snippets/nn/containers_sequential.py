from collections import OrderedDict

import torch
import torch.nn as nn

torch.manual_seed(0)
positional = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))
named = nn.Sequential(OrderedDict([
    ("hidden", nn.Linear(4, 8)),
    ("act", nn.ReLU()),
    ("out", nn.Linear(8, 2)),
]))
print(positional[0])
#> Linear(in_features=4, out_features=8, bias=True)
print(named.hidden is named[0], named[-1] is named.out)
#> True True
head = named[:2]
print(head)
#> Sequential(
#>   (hidden): Linear(in_features=4, out_features=8, bias=True)
#>   (act): ReLU()
#> )
print(head.hidden is named.hidden)
#> True
x = torch.randn(3, 4)
print(positional(x).shape, head(x).shape)
#> torch.Size([3, 2]) torch.Size([3, 8])
