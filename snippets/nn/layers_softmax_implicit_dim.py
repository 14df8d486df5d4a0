import warnings

import torch
import torch.nn as nn

softmax = nn.Softmax()
print(softmax.dim)
#> None

x2 = torch.rand(2, 3)
x3 = torch.rand(2, 3, 4)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    y2 = softmax(x2)
    y3 = softmax(x3)
print(len(caught), caught[0].category.__name__, caught[0].message)
#> 2 UserWarning Implicit dimension choice for softmax has been deprecated. Change the call to include dim=X as an argument.
print("2-D input, implicit dim is 1:", torch.allclose(y2, torch.softmax(x2, dim=1)))
#> 2-D input, implicit dim is 1: True
print("3-D input, implicit dim is 0:", torch.allclose(y3, torch.softmax(x3, dim=0)))
#> 3-D input, implicit dim is 0: True
