import warnings

import torch
from torch import nn

torch.manual_seed(0)
layer = nn.Softmax()
print(layer, layer.dim)
#> Softmax(dim=None) None
x = torch.randn(2, 3, 4)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    y = layer(x)
    nn.Softmin()(x)
for w in caught:
    print(w.category.__name__ + ":", w.message)
    #> UserWarning: Implicit dimension choice for softmax has been deprecated. Change the call to include dim=X as an argument.
    #> UserWarning: Implicit dimension choice for softmin has been deprecated. Change the call to include dim=X as an argument.
print("3-D input, picked dim=0:", torch.equal(y, torch.softmax(x, dim=0)), "| last dim:", torch.equal(y, torch.softmax(x, dim=-1)))
#> 3-D input, picked dim=0: True | last dim: False
