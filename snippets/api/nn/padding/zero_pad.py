import numpy as np
import torch
from torch import nn

x = torch.tensor([[1.0, 2.0, 3.0, 4.0]])
y = nn.ZeroPad1d((2, 1))(x)
print(y[0].tolist())
#> [0.0, 0.0, 1.0, 2.0, 3.0, 4.0, 0.0]
print("numpy 'constant':", np.array_equal(y[0].numpy(), np.pad(x[0].numpy(), (2, 1), mode="constant")))
#> numpy 'constant': True

image = torch.ones(1, 1, 2, 3)
pad = nn.ZeroPad2d((1, 0, 0, 2))
print(pad(image)[0, 0])
#> tensor([[0., 1., 1., 1.],
#>         [0., 1., 1., 1.],
#>         [0., 0., 0., 0.],
#>         [0., 0., 0., 0.]])
print("(2, 3) ->", tuple(pad(image).shape[2:]), "H+top+bottom =", 2 + 0 + 2, "W+left+right =", 3 + 1 + 0)
#> (2, 3) -> (4, 4) H+top+bottom = 4 W+left+right = 4
print("3d:", tuple(nn.ZeroPad3d(1)(torch.ones(1, 1, 2, 2, 2)).shape))
#> 3d: (1, 1, 4, 4, 4)
print("crop with (-1, 0, 0, 0):", tuple(nn.ZeroPad2d((-1, 0, 0, 0))(image).shape))
#> crop with (-1, 0, 0, 0): (1, 1, 2, 2)
print("subclass of ConstantPad2d:", issubclass(nn.ZeroPad2d, nn.ConstantPad2d), pad)
#> subclass of ConstantPad2d: True ZeroPad2d((1, 0, 0, 2))
print("parameters:", list(pad.parameters()), "buffers:", list(pad.buffers()))
#> parameters: [] buffers: []
print("same in eval():", torch.equal(pad.train()(image), pad.eval()(image)))
#> same in eval(): True
