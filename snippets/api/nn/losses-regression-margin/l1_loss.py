import warnings

import torch
from torch import nn

pred = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
target = torch.tensor([[1.5, 2.0], [0.0, 4.0]])

criterion = nn.L1Loss()
print("parameters:", list(criterion.parameters()), "buffers:", list(criterion.buffers()))
#> parameters: [] buffers: []

for reduction in ["none", "mean", "sum"]:
    loss = nn.L1Loss(reduction=reduction)(pred, target)
    print(f"{reduction!r}:", tuple(loss.shape), loss.tolist())
    #> 'none': (2, 2) [[0.5, 0.0], [3.0, 0.0]]
    #> 'mean': () 0.875
    #> 'sum': () 3.5
print("by hand: (0.5 + 0 + 3 + 0) / 4 =", (0.5 + 0 + 3 + 0) / 4)
#> by hand: (0.5 + 0 + 3 + 0) / 4 = 0.875

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    old = nn.L1Loss(size_average=False)
print("size_average=False ->", repr(old.reduction), "|", caught[0].category.__name__)
#> size_average=False -> 'sum' | UserWarning
print(str(caught[0].message))
#> size_average and reduce args will be deprecated, please use reduction='sum' instead.
