import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.arange(8.0).reshape(1, 8, 1, 1)
y = F.pixel_shuffle(x, upscale_factor=2)
print(tuple(x.shape), "->", tuple(y.shape))
#> (1, 8, 1, 1) -> (1, 2, 2, 2)
print(y[0])
#> tensor([[[0., 1.],
#>          [2., 3.]],
#>
#>         [[4., 5.],
#>          [6., 7.]]])

x = torch.arange(16.0).reshape(1, 4, 2, 2)
y = F.pixel_shuffle(x, 2)
print(x[0, 1])
#> tensor([[4., 5.],
#>         [6., 7.]])
print(y[0, 0])
#> tensor([[ 0.,  4.,  1.,  5.],
#>         [ 8., 12.,  9., 13.],
#>         [ 2.,  6.,  3.,  7.],
#>         [10., 14., 11., 15.]])
print(all(torch.equal(y[0, 0, i::2, j::2], x[0, i * 2 + j]) for i in range(2) for j in range(2)))
#> True
print(torch.equal(y, nn.PixelShuffle(2)(x)))
#> True
print(torch.equal(y, x.reshape(1, 1, 4, 4)))
#> False
