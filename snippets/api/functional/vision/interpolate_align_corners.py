import torch
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.tensor([[[0.0, 10.0]]])
off = F.interpolate(x, size=4, mode="linear", align_corners=False)
on = F.interpolate(x, size=4, mode="linear", align_corners=True)
print(off[0, 0])
#> tensor([ 0.0000,  2.5000,  7.5000, 10.0000])
print(on[0, 0])
#> tensor([ 0.0000,  3.3333,  6.6667, 10.0000])
src_off = (1 + 0.5) * 2 / 4 - 0.5
src_on = 1 * (2 - 1) / (4 - 1)
print(src_off, 10 * src_off, round(src_on, 4), round(10 * src_on, 4))
#> 0.25 2.5 0.3333 3.3333

y = torch.tensor([[[0.0, 10.0, 20.0, 30.0]]])
print(F.interpolate(y, size=2, mode="linear")[0, 0])
#> tensor([ 5., 25.])
print(F.interpolate(y, size=2, mode="linear", align_corners=True)[0, 0])
#> tensor([ 0., 30.])

try:
    F.interpolate(x, size=4, mode="nearest", align_corners=True)
except ValueError as error:
    print("ValueError:", error)
    #> ValueError: align_corners option can only be set with the interpolating modes: linear | bilinear | bicubic | trilinear
