import warnings

import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
img = torch.tensor([[[[0.0, 10.0], [20.0, 30.0]]]])
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    old = F.upsample_bilinear(img, scale_factor=2)
for w in caught:
    print(f"{w.category.__name__}: {w.message}")
    #> UserWarning: `nn.functional.upsample_bilinear` is deprecated. Use `nn.functional.interpolate` instead.
print(old[0, 0, 0])
#> tensor([ 0.0000,  3.3333,  6.6667, 10.0000])
same = F.interpolate(img, scale_factor=2, mode="bilinear", align_corners=True)
print(same[0, 0, 0], torch.equal(old, same))
#> tensor([ 0.0000,  3.3333,  6.6667, 10.0000]) True
default = F.interpolate(img, scale_factor=2, mode="bilinear")
print(default[0, 0, 0], torch.equal(old, default))
#> tensor([ 0.0000,  2.5000,  7.5000, 10.0000]) False
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    module_out = nn.UpsamplingBilinear2d(scale_factor=2)(img)
print(torch.equal(old, module_out), len(caught))
#> True 0
print([line.strip() for line in nn.UpsamplingBilinear2d.__doc__.splitlines() if "deprecated" in line][0].split(". ")[0])
#> This class is deprecated in favor of :func:`~nn.functional.interpolate`
