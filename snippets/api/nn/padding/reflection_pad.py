import numpy as np
import torch
from torch import nn

x = torch.tensor([[[1.0, 2.0, 3.0, 4.0]]])
y = nn.ReflectionPad1d((2, 1))(x)
print(y[0, 0].tolist())
#> [3.0, 2.0, 1.0, 2.0, 3.0, 4.0, 3.0]
print("numpy 'reflect':", np.array_equal(y[0, 0].numpy(), np.pad(x[0, 0].numpy(), (2, 1), mode="reflect")))
#> numpy 'reflect': True

image = torch.arange(9.0).view(1, 1, 3, 3)
pad = nn.ReflectionPad2d((2, 0, 1, 0))
print(pad)
#> ReflectionPad2d((2, 0, 1, 0))
print(pad(image)[0, 0])
#> tensor([[5., 4., 3., 4., 5.],
#>         [2., 1., 0., 1., 2.],
#>         [5., 4., 3., 4., 5.],
#>         [8., 7., 6., 7., 8.]])

volume = torch.zeros(1, 1, 4, 5, 6)
out = nn.ReflectionPad3d((1, 2, 0, 3, 1, 1))(volume)
d, h, w = 4 + 1 + 1, 5 + 0 + 3, 6 + 1 + 2
print(tuple(out.shape), "= (1, 1, D+front+back, H+top+bottom, W+left+right) =", (1, 1, d, h, w))
#> (1, 1, 6, 8, 9) = (1, 1, D+front+back, H+top+bottom, W+left+right) = (1, 1, 6, 8, 9)

print("parameters:", list(pad.parameters()), "buffers:", list(pad.buffers()))
#> parameters: [] buffers: []
print("same in eval():", torch.equal(pad.train()(image), pad.eval()(image)))
#> same in eval(): True
