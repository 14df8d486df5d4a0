import warnings

import torch
from torch import nn

x = torch.tensor([-3.0, -0.5, 0.0, 0.5, 3.0])
print(nn.Hardtanh()(x))
#> tensor([-1.0000, -0.5000,  0.0000,  0.5000,  1.0000])
print(nn.Hardtanh(min_val=0.0, max_val=2.0)(x))
#> tensor([0.0000, 0.0000, 0.0000, 0.5000, 2.0000])
print("equals clamp:", torch.equal(nn.Hardtanh(-2.0, 2.0)(x), x.clamp(-2.0, 2.0)))
#> equals clamp: True

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    old = nn.Hardtanh(min_value=-2.0, max_value=2.0)
print(old)
#> Hardtanh(min_val=-2.0, max_val=2.0)
for w in caught:
    print(w.category.__name__ + ":", w.message)
    #> FutureWarning: keyword argument `min_value` is deprecated and renamed to `min_val`
    #> FutureWarning: keyword argument `max_value` is deprecated and renamed to `max_val`
try:
    nn.Hardtanh(min_val=1.0, max_val=1.0)
except AssertionError as error:
    print("AssertionError:", error)
    #> AssertionError: max_val (1.0) must be greater than min_val (1.0)
