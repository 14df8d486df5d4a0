import numpy as np
import torch
from torch import nn

x = torch.tensor([[[1.0, 2.0, 3.0, 4.0]]])
y = nn.ReplicationPad1d((2, 1))(x)
print(y[0, 0].tolist())
#> [1.0, 1.0, 1.0, 2.0, 3.0, 4.0, 4.0]
print("numpy 'edge':", np.array_equal(y[0, 0].numpy(), np.pad(x[0, 0].numpy(), (2, 1), mode="edge")))
#> numpy 'edge': True

image = torch.tensor([[[[1.0, 2.0], [3.0, 4.0]]]])
print(nn.ReplicationPad2d(1)(image)[0, 0])
#> tensor([[1., 1., 2., 2.],
#>         [1., 1., 2., 2.],
#>         [3., 3., 4., 4.],
#>         [3., 3., 4., 4.]])
print("3d:", tuple(nn.ReplicationPad3d((0, 0, 0, 0, 2, 2))(torch.zeros(1, 1, 1, 2, 2)).shape))
#> 3d: (1, 1, 5, 2, 2)
pad = nn.ReplicationPad2d(1)
print("parameters:", list(pad.parameters()), "buffers:", list(pad.buffers()))
#> parameters: [] buffers: []
print("same in eval():", torch.equal(pad.train()(image), pad.eval()(image)))
#> same in eval(): True
