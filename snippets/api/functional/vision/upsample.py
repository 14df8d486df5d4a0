import warnings

import torch
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.tensor([[[0.0, 10.0]]])
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    old = F.upsample(x, scale_factor=2, mode="linear")
for w in caught:
    print(f"{w.category.__name__}: {w.message}")
    #> UserWarning: `nn.functional.upsample` is deprecated. Use `nn.functional.interpolate` instead.
new = F.interpolate(x, scale_factor=2, mode="linear")
print(old[0, 0], torch.equal(old, new))
#> tensor([ 0.0000,  2.5000,  7.5000, 10.0000]) True

img = torch.randn(1, 2, 3, 3)
with warnings.catch_warnings(record=True):
    warnings.simplefilter("always")
    old = F.upsample(img, size=(5, 4), mode="bicubic", align_corners=True)
print(tuple(old.shape), torch.equal(old, F.interpolate(img, size=(5, 4), mode="bicubic", align_corners=True)))
#> (1, 2, 5, 4) True
