import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)

x = torch.arange(12.0).reshape(1, 1, 3, 4)
print(x[0, 0])
#> tensor([[ 0.,  1.,  2.,  3.],
#>         [ 4.,  5.,  6.,  7.],
#>         [ 8.,  9., 10., 11.]])
cols = F.unfold(x, kernel_size=2)
print(cols.shape)
#> torch.Size([1, 4, 6])
print(cols[0])
#> tensor([[ 0.,  1.,  2.,  4.,  5.,  6.],
#>         [ 1.,  2.,  3.,  5.,  6.,  7.],
#>         [ 4.,  5.,  6.,  8.,  9., 10.],
#>         [ 5.,  6.,  7.,  9., 10., 11.]])
print(torch.equal(cols, nn.Unfold(kernel_size=2)(x)))
#> True

for padding, stride in [(0, 1), (1, 1), (0, 2)]:
    blocks = ((3 + 2 * padding - 2) // stride + 1) * ((4 + 2 * padding - 2) // stride + 1)
    real = F.unfold(x, kernel_size=2, padding=padding, stride=stride).shape
    print(f"padding={padding} stride={stride}: formula L={blocks}, real {tuple(real)}")
    #> padding=0 stride=1: formula L=6, real (1, 4, 6)
    #> padding=1 stride=1: formula L=20, real (1, 4, 20)
    #> padding=0 stride=2: formula L=2, real (1, 4, 2)

img = torch.randn(2, 3, 5, 5)
weight = torch.randn(4, 3, 3, 3)
out = (weight.view(4, -1) @ F.unfold(img, kernel_size=3)).view(2, 4, 3, 3)
print(torch.allclose(out, F.conv2d(img, weight), atol=1e-5))
#> True
