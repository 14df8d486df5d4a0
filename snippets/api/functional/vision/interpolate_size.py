import torch
import torch.nn.functional as F

torch.manual_seed(0)
img = torch.randn(1, 3, 5, 7)
print(tuple(F.interpolate(img, size=(5, 9)).shape))
#> (1, 3, 5, 9)
print(tuple(F.interpolate(img, scale_factor=1.5).shape), (int(5 * 1.5), int(7 * 1.5)))
#> (1, 3, 7, 10) (7, 10)
print(tuple(F.interpolate(img, scale_factor=(0.5, 2)).shape))
#> (1, 3, 2, 14)
try:
    F.interpolate(img, size=(5, 9), scale_factor=2)
except ValueError as error:
    print("ValueError:", error)
    #> ValueError: only one of size or scale_factor should be defined

x = torch.tensor([[[0.0, 10.0, 20.0]]])
kept = F.interpolate(x, scale_factor=1.5, mode="linear")
recomputed = F.interpolate(x, scale_factor=1.5, mode="linear", recompute_scale_factor=True)
print(kept[0, 0])
#> tensor([ 0.0000,  5.0000, 11.6667, 18.3333])
print(recomputed[0, 0])
#> tensor([ 0.0000,  6.2500, 13.7500, 20.0000])
print(torch.equal(recomputed, F.interpolate(x, size=4, mode="linear")))
#> True
print(round(10 * ((1 + 0.5) / 1.5 - 0.5), 4), round(10 * ((1 + 0.5) * 3 / 4 - 0.5), 4))
#> 5.0 6.25
