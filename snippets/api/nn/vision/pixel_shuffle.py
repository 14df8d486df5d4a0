import torch
from torch import nn

x = torch.arange(8.0).view(1, 8, 1, 1)
shuffle = nn.PixelShuffle(upscale_factor=2)
y = shuffle(x)
print(tuple(x.shape), "->", tuple(y.shape))
#> (1, 8, 1, 1) -> (1, 2, 2, 2)
print(y[0])
#> tensor([[[0., 1.],
#>          [2., 3.]],
#>
#>         [[4., 5.],
#>          [6., 7.]]])
r = 2
print("y[0, c, i, j] == x[0, c*r*r + i*r + j]:", all(
    y[0, c, i, j] == x[0, c * r * r + i * r + j, 0, 0]
    for c in range(2) for i in range(r) for j in range(r)
))
#> y[0, c, i, j] == x[0, c*r*r + i*r + j]: True

big = torch.randn(2, 12, 5, 7)
print(tuple(big.shape), "->", tuple(shuffle(big).shape), "= (N, 12/4, 5*2, 7*2)")
#> (2, 12, 5, 7) -> (2, 3, 10, 14) = (N, 12/4, 5*2, 7*2)
print("parameters:", list(shuffle.parameters()), "buffers:", list(shuffle.buffers()))
#> parameters: [] buffers: []
print("same in eval():", torch.equal(shuffle.train()(x), shuffle.eval()(x)))
#> same in eval(): True
