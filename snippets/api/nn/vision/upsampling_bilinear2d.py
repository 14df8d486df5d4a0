import warnings

import torch
import torch.nn.functional as F
from torch import nn

torch.set_printoptions(precision=4)
x = torch.tensor([[[[0.0, 10.0], [20.0, 30.0]]]])
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    y = nn.UpsamplingBilinear2d(scale_factor=2)(x)
print("warnings when used:", len(caught))
#> warnings when used: 0
doc = " ".join(nn.UpsamplingBilinear2d.__doc__.split())
print(doc[doc.index("This class is deprecated"):doc.index("Shape:")])
#> This class is deprecated in favor of :func:`~nn.functional.interpolate`. It is equivalent to ``nn.functional.interpolate(..., mode='bilinear', align_corners=True)``.
print(y[0, 0, 0])
#> tensor([ 0.0000,  3.3333,  6.6667, 10.0000])

aligned = nn.Upsample(scale_factor=2, mode="bilinear", align_corners=True)(x)
default = nn.Upsample(scale_factor=2, mode="bilinear")(x)
print("equals Upsample(bilinear, align_corners=True):", torch.equal(y, aligned))
#> equals Upsample(bilinear, align_corners=True): True
print("equals Upsample(bilinear) default:", torch.equal(y, default), default[0, 0, 0])
#> equals Upsample(bilinear) default: False tensor([ 0.0000,  2.5000,  7.5000, 10.0000])
print("equals F.interpolate(..., align_corners=True):",
      torch.equal(y, F.interpolate(x, scale_factor=2, mode="bilinear", align_corners=True)))
#> equals F.interpolate(..., align_corners=True): True
