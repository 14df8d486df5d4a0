import torch
from torch import nn

norm = nn.BatchNorm1d(4)
w = nn.init.ones_(norm.weight)
b = nn.init.zeros_(norm.bias)
print(w is norm.weight, b is norm.bias)
#> True True
print(w)
#> Parameter containing:
#> tensor([1., 1., 1., 1.], requires_grad=True)
print(b)
#> Parameter containing:
#> tensor([0., 0., 0., 0.], requires_grad=True)
print("equal torch.ones/zeros:", torch.equal(w, torch.ones(4)), torch.equal(b, torch.zeros(4)))
#> equal torch.ones/zeros: True True
