import torch
from torch import nn

x = torch.arange(24.0).reshape(2, 3, 4)
print("nn.Flatten():", tuple(nn.Flatten()(x).shape))
#> nn.Flatten(): (2, 12)
print("torch.flatten(x):", tuple(torch.flatten(x).shape))
#> torch.flatten(x): (24,)
print("nn.Flatten(0):", tuple(nn.Flatten(start_dim=0)(x).shape))
#> nn.Flatten(0): (24,)
print("nn.Flatten(0, 1):", tuple(nn.Flatten(0, 1)(x).shape))
#> nn.Flatten(0, 1): (6, 4)
print("nn.Flatten(1, 1):", tuple(nn.Flatten(1, 1)(x).shape), "is x:", nn.Flatten(1, 1)(x) is x)
#> nn.Flatten(1, 1): (2, 3, 4) is x: True

y = nn.Flatten()(x)
print("equals x.reshape(2, -1):", torch.equal(y, x.reshape(2, -1)))
#> equals x.reshape(2, -1): True
print("view of x:", y.data_ptr() == x.data_ptr())
#> view of x: True
t = x.transpose(1, 2)
print("view of a transpose:", nn.Flatten()(t).data_ptr() == t.data_ptr())
#> view of a transpose: False

try:
    nn.Flatten()(torch.ones(5))
except IndexError as error:
    print("1-D input:", error)
    #> 1-D input: Dimension out of range (expected to be in range of [-1, 0], but got 1)
print("1-D input, start_dim=0:", tuple(nn.Flatten(0)(torch.ones(5)).shape))
#> 1-D input, start_dim=0: (5,)
