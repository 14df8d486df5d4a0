import numpy as np
import torch
from torch import nn

x = torch.tensor([[1.0, 2.0, 3.0, 4.0]])
y = nn.ConstantPad1d((2, 1), value=-1.0)(x)
print(y[0].tolist())
#> [-1.0, -1.0, 1.0, 2.0, 3.0, 4.0, -1.0]
by_numpy = np.pad(x[0].numpy(), (2, 1), mode="constant", constant_values=-1.0)
print("numpy 'constant':", np.array_equal(y[0].numpy(), by_numpy))
#> numpy 'constant': True

pad = nn.ConstantPad2d((0, 1, 1, 0), 9.0)
print(pad(torch.zeros(1, 2, 2))[0])
#> tensor([[9., 9., 9.],
#>         [0., 0., 9.],
#>         [0., 0., 9.]])
print("3d:", tuple(nn.ConstantPad3d((1, 1, 2, 2, 3, 3), 0.5)(torch.zeros(1, 1, 1, 1, 1)).shape))
#> 3d: (1, 1, 7, 5, 3)

ints = torch.tensor([[1, 2]])
print("int input, value 2.7:", nn.ConstantPad1d(1, 2.7)(ints))
#> int input, value 2.7: tensor([[2, 1, 2, 2]])
print("parameters:", list(pad.parameters()), "buffers:", list(pad.buffers()))
#> parameters: [] buffers: []
print("same in eval():", torch.equal(pad.train()(x), pad.eval()(x)))
#> same in eval(): True
