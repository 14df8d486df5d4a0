import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
img = torch.tensor([[[[0.0, 10.0], [20.0, 30.0]]]])
up = F.interpolate(img, scale_factor=2, mode="bilinear", align_corners=True)
print(up[0, 0])
#> tensor([[ 0.0000,  3.3333,  6.6667, 10.0000],
#>         [ 6.6667, 10.0000, 13.3333, 16.6667],
#>         [13.3333, 16.6667, 20.0000, 23.3333],
#>         [20.0000, 23.3333, 26.6667, 30.0000]])
a = b = 1 / 3
print(round(0 * (1 - a) * (1 - b) + 10 * (1 - a) * b + 20 * a * (1 - b) + 30 * a * b, 4))
#> 10.0
print(torch.equal(up, nn.Upsample(scale_factor=2, mode="bilinear", align_corners=True)(img)))
#> True

step = torch.tensor([[[[0.0, 0.0, 10.0, 10.0]]]])
print(F.interpolate(step, size=(1, 8), mode="bicubic")[0, 0, 0])
#> tensor([ 0.0000, -0.3516, -1.0547,  2.2656,  7.7344, 11.0547, 10.3516, 10.0000])
pixels = torch.tensor([[[[0, 0, 255, 255]]]], dtype=torch.uint8)
print(F.interpolate(pixels, size=(1, 8), mode="bicubic")[0, 0, 0])
#> tensor([  0,   0,   0,  58, 197, 255, 255, 255], dtype=torch.uint8)

chw = torch.zeros(3, 4, 6)
print(tuple(chw.shape), "->", tuple(F.interpolate(chw, scale_factor=2).shape))
#> (3, 4, 6) -> (3, 4, 12)
print(tuple(F.interpolate(chw.unsqueeze(0), scale_factor=2).squeeze(0).shape))
#> (3, 8, 12)
