import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.arange(16.0).reshape(1, 1, 4, 4)
y = F.pixel_unshuffle(x, downscale_factor=2)
print(tuple(x.shape), "->", tuple(y.shape))
#> (1, 1, 4, 4) -> (1, 4, 2, 2)
print(x[0, 0])
#> tensor([[ 0.,  1.,  2.,  3.],
#>         [ 4.,  5.,  6.,  7.],
#>         [ 8.,  9., 10., 11.],
#>         [12., 13., 14., 15.]])
print(y[0, :, 0, 0], y[0, 1])
#> tensor([0., 1., 4., 5.]) tensor([[ 1.,  3.],
#>         [ 9., 11.]])
print(torch.equal(F.pixel_shuffle(y, 2), x))
#> True
print(torch.equal(y, nn.PixelUnshuffle(2)(x)))
#> True

z = torch.randn(2, 12, 3, 5)
print(torch.equal(F.pixel_unshuffle(F.pixel_shuffle(z, 2), 2), z))
#> True
try:
    F.pixel_unshuffle(torch.zeros(1, 1, 4, 5), 2)
except RuntimeError as error:
    print("RuntimeError:", error)
    #> RuntimeError: pixel_unshuffle expects width to be divisible by downscale_factor, but input.size(-1)=5 is not divisible by 2
