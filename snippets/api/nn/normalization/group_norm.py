import math

import torch
from torch import nn

torch.manual_seed(0)
layer = nn.GroupNorm(num_groups=2, num_channels=4)
print("parameters:", [(name, tuple(p.shape)) for name, p in layer.named_parameters()])
#> parameters: [('weight', (4,)), ('bias', (4,))]
print("buffers:", [name for name, _ in layer.named_buffers()])
#> buffers: []

x = torch.arange(16.0).reshape(1, 4, 2, 2)
y = layer(x)
group = x[0, :2].flatten()
mean, var = group.mean().item(), group.var(correction=0).item()
print("group 0 mean, biased var:", mean, var)
#> group 0 mean, biased var: 3.5 5.25
print("y[0, 0, 0, 0]:", round(y[0, 0, 0, 0].item(), 4), "by hand:", round((0 - mean) / math.sqrt(var + 1e-5), 4))
#> y[0, 0, 0, 0]: -1.5275 by hand: -1.5275

batch = torch.randn(3, 4, 2, 2)
print("eval equals train:", torch.equal(layer.train()(batch), layer.eval()(batch)))
#> eval equals train: True
print("sample alone equals sample in batch:", torch.allclose(layer(batch[:1]), layer(batch)[:1]))
#> sample alone equals sample in batch: True
try:
    nn.GroupNorm(num_groups=3, num_channels=4)
except ValueError as error:
    print(error)
    #> num_channels (4) must be divisible by num_groups (3)
