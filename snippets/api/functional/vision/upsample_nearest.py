import warnings

import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
img = torch.tensor([[[[1.0, 2.0], [3.0, 4.0]]]])
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    old = F.upsample_nearest(img, scale_factor=2)
    sized = F.upsample_nearest(img, size=(3, 3))
print(len(caught), f"{caught[0].category.__name__}: {caught[0].message}")
#> 2 UserWarning: `nn.functional.upsample_nearest` is deprecated. Use `nn.functional.interpolate` instead.
print(old[0, 0])
#> tensor([[1., 1., 2., 2.],
#>         [1., 1., 2., 2.],
#>         [3., 3., 4., 4.],
#>         [3., 3., 4., 4.]])
print(torch.equal(old, F.interpolate(img, scale_factor=2, mode="nearest")))
#> True
print(torch.equal(sized, F.interpolate(img, size=(3, 3), mode="nearest")))
#> True
print(torch.equal(old, nn.UpsamplingNearest2d(scale_factor=2)(img)))
#> True
