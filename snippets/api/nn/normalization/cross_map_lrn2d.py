import warnings

import torch
from torch import nn

x = torch.arange(1.0, 6.0).view(1, 5, 1, 1)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    legacy = nn.CrossMapLRN2d(size=3, alpha=3.0, beta=1.0, k=0.0)
    y_legacy = legacy(x)
print("warnings:", len(caught), "docstring:", nn.CrossMapLRN2d.__doc__, "subclass of LocalResponseNorm:", issubclass(nn.CrossMapLRN2d, nn.LocalResponseNorm))
#> warnings: 0 docstring: None subclass of LocalResponseNorm: False

modern = nn.LocalResponseNorm(size=3, alpha=3.0, beta=1.0, k=0.0)
print("squares summed, LocalResponseNorm:", [round(v) for v in (x / modern(x)).flatten().tolist()])
#> squares summed, LocalResponseNorm: [5, 14, 29, 50, 41]
print("squares summed, CrossMapLRN2d:    ", [round(v) for v in (x / y_legacy).flatten().tolist()])
#> squares summed, CrossMapLRN2d:     [5, 14, 30, 51, 42]

torch.manual_seed(0)
z = torch.randn(2, 8, 4, 4)
print("default arguments, allclose:", torch.allclose(nn.CrossMapLRN2d(5)(z), nn.LocalResponseNorm(5)(z)))
#> default arguments, allclose: False
try:
    legacy(torch.randn(2, 5, 4))
except ValueError as error:
    print(error)
    #> CrossMapLRN2d: Expected input to be 4D, got 3D instead.
