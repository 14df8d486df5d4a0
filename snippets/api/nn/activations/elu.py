import math

import torch
from torch import nn

torch.set_printoptions(precision=4)
layer = nn.ELU(alpha=2.0)
x = torch.tensor([[-1.0, 0.0, 3.0], [-20.0, -0.5, 0.5]])
y = layer(x)
print(y)
#> tensor([[-1.2642,  0.0000,  3.0000],
#>         [-2.0000, -0.7869,  0.5000]])
print("ELU(-1):", round(y[0, 0].item(), 4), "= alpha*(e^-1 - 1):", round(2.0 * (math.exp(-1) - 1), 4))
#> ELU(-1): -1.2642 = alpha*(e^-1 - 1): -1.2642
print("shape:", tuple(x.shape), "->", tuple(y.shape))
#> shape: (2, 3) -> (2, 3)
print("parameters:", list(layer.named_parameters()), "buffers:", list(layer.named_buffers()))
#> parameters: [] buffers: []
print("same in eval():", torch.equal(y, layer.eval()(x)))
#> same in eval(): True
