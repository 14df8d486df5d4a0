import warnings

import torch
from torch import nn

torch.manual_seed(0)
image = torch.ones(3, 4, 2)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    y = nn.Dropout2d(p=0.5)(image)
print(str(caught[0].message)[:106])
#> dropout2d: Received a 3D input to dropout2d and assuming that channel-wise 1D dropout behavior is desired
print(y[0])
#> tensor([[0., 0.],
#>         [0., 0.],
#>         [2., 2.],
#>         [0., 0.]])
print("channel 0 all zero or all kept:", bool((y[0] == 0).all() or (y[0] != 0).all()))
#> channel 0 all zero or all kept: False

torch.manual_seed(0)
unbatched = nn.Dropout2d(p=0.5)(image.unsqueeze(0)).squeeze(0)
print("zero channels with unsqueeze(0):", (unbatched == 0).all(dim=(1, 2)).tolist())
#> zero channels with unsqueeze(0): [True, True, False]
