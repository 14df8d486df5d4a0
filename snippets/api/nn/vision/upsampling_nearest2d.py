import warnings

import torch
from torch import nn

x = torch.tensor([[[[1.0, 2.0], [3.0, 4.0]]]])
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    old = nn.UpsamplingNearest2d(scale_factor=2)
    y = old(x)
print("warnings when used:", len(caught))
#> warnings when used: 0
print([line.strip() for line in nn.UpsamplingNearest2d.__doc__.splitlines() if "deprecated" in line])
#> ['This class is deprecated in favor of :func:`~nn.functional.interpolate`.']
print(y[0, 0])
#> tensor([[1., 1., 2., 2.],
#>         [1., 1., 2., 2.],
#>         [3., 3., 4., 4.],
#>         [3., 3., 4., 4.]])
print("equals Upsample(mode='nearest'):", torch.equal(y, nn.Upsample(scale_factor=2, mode="nearest")(x)))
#> equals Upsample(mode='nearest'): True
print("subclass of Upsample:", issubclass(nn.UpsamplingNearest2d, nn.Upsample), old)
#> subclass of Upsample: True UpsamplingNearest2d(scale_factor=2.0, mode='nearest')
