from collections import OrderedDict

import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 2))
print([name for name, _ in model.named_parameters()])
#> ['0.weight', '0.bias', '2.weight', '2.bias']

x = torch.randn(5, 3)
by_hand = model[2](torch.relu(model[0](x)))
print("model(x):", tuple(model(x).shape), "= layer by layer:", torch.equal(model(x), by_hand))
#> model(x): (5, 2) = layer by layer: True

print(type(model[0]).__name__, type(model[-1]).__name__, type(model[:2]).__name__)
#> Linear Linear Sequential
print("slice shares the layers:", model[:2][0] is model[0])
#> slice shares the layers: True
model.append(nn.Softmax(dim=1))
print("after append:", len(model), "rows sum to 1:", torch.allclose(model(x).sum(dim=1), torch.ones(5)))
#> after append: 4 rows sum to 1: True

named = nn.Sequential(OrderedDict(hidden=nn.Linear(3, 4), act=nn.ReLU(), out=nn.Linear(4, 2)))
print([name for name, _ in named.named_parameters()])
#> ['hidden.weight', 'hidden.bias', 'out.weight', 'out.bias']
print("named.hidden is named[0]:", named.hidden is named[0])
#> named.hidden is named[0]: True
