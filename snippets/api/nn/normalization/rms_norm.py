import math

import torch
from torch import nn

torch.manual_seed(0)
layer = nn.RMSNorm(normalized_shape=2)
print(layer, [(name, tuple(p.shape)) for name, p in layer.named_parameters()], "buffers:", list(layer.named_buffers()))
#> RMSNorm((2,), eps=None, elementwise_affine=True) [('weight', (2,))] buffers: []

with torch.no_grad():
    layer.weight.copy_(torch.tensor([1.0, 10.0]))
x = torch.tensor([[3.0, 4.0], [1.0, 1.0]])
y = layer(x)
rms = math.sqrt((9 + 16) / 2 + torch.finfo(torch.float32).eps)
print("y[0]:", [round(v, 4) for v in y[0].tolist()], "by hand:", [round(3 / rms * 1, 4), round(4 / rms * 10, 4)])
#> y[0]: [0.8485, 11.3137] by hand: [0.8485, 11.3137]
print("mean of y[0] / weight:", round((y[0] / layer.weight).mean().item(), 4))
#> mean of y[0] / weight: 0.9899

x64 = x.double()
print("eps=None is finfo(dtype).eps:", torch.equal(nn.RMSNorm(2, dtype=torch.float64)(x64), nn.RMSNorm(2, eps=torch.finfo(torch.float64).eps, dtype=torch.float64)(x64)))
#> eps=None is finfo(dtype).eps: True
print("eval equals train:", torch.equal(layer.eval()(x), y))
#> eval equals train: True
print("elementwise_affine=False:", list(nn.RMSNorm(2, elementwise_affine=False).parameters()))
#> elementwise_affine=False: []
