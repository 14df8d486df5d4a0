import numpy as np
import torch
from torch import nn

x = torch.tensor([[[1.0, 2.0, 3.0, 4.0]]])
y = nn.CircularPad1d((2, 1))(x)
print(y[0, 0].tolist())
#> [3.0, 4.0, 1.0, 2.0, 3.0, 4.0, 1.0]
print("numpy 'wrap':", np.array_equal(y[0, 0].numpy(), np.pad(x[0, 0].numpy(), (2, 1), mode="wrap")))
#> numpy 'wrap': True

image = torch.arange(4.0).view(1, 1, 2, 2)
print(nn.CircularPad2d((1, 0, 0, 1))(image)[0, 0])
#> tensor([[1., 0., 1.],
#>         [3., 2., 3.],
#>         [1., 0., 1.]])
print("3d:", tuple(nn.CircularPad3d(1)(torch.zeros(1, 1, 2, 2, 2)).shape))
#> 3d: (1, 1, 4, 4, 4)
print("padding 4 = size:", nn.CircularPad1d(4)(x)[0, 0].tolist())
#> padding 4 = size: [1.0, 2.0, 3.0, 4.0, 1.0, 2.0, 3.0, 4.0, 1.0, 2.0, 3.0, 4.0]
try:
    nn.CircularPad1d(5)(x)
except RuntimeError as error:
    print("padding 5:", error)
    #> padding 5: Padding value causes wrapping around more than once.
pad = nn.CircularPad1d(1)
print("parameters:", list(pad.parameters()), "buffers:", list(pad.buffers()))
#> parameters: [] buffers: []
print("same in eval():", torch.equal(pad.train()(x), pad.eval()(x)))
#> same in eval(): True
