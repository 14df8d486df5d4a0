import math

import torch
from torch import nn

torch.manual_seed(0)
layer = nn.LayerNorm(normalized_shape=(3, 4))
print("parameters:", [(name, tuple(p.shape)) for name, p in layer.named_parameters()], "buffers:", list(layer.named_buffers()))
#> parameters: [('weight', (3, 4)), ('bias', (3, 4))] buffers: []

x = torch.randn(2, 5, 3, 4) * 4 + 10
y = layer(x)
print(tuple(x.shape), "->", tuple(y.shape))
#> (2, 5, 3, 4) -> (2, 5, 3, 4)
print("y[0, 0]: mean 0:", bool(y[0, 0].mean().abs() < 1e-5), "std:", round(y[0, 0].std(correction=0).item(), 4))
#> y[0, 0]: mean 0: True std: 1.0

row = torch.tensor([[1.0, 2.0, 3.0, 6.0]])
print("row:", [round(v, 4) for v in nn.LayerNorm(4)(row)[0].tolist()], "by hand:", round((1 - 3) / math.sqrt(3.5 + 1e-5), 4))
#> row: [-1.069, -0.5345, 0.0, 1.6036] by hand: -1.069
print("eval equals train:", torch.equal(layer.eval()(x), y))
#> eval equals train: True

print("elementwise_affine=False:", list(nn.LayerNorm(4, elementwise_affine=False).named_parameters()))
#> elementwise_affine=False: []
print("bias=False:", [name for name, _ in nn.LayerNorm(4, bias=False).named_parameters()])
#> bias=False: ['weight']
try:
    nn.LayerNorm(3)(torch.randn(2, 3, 4, 4))
except RuntimeError as error:
    print("LayerNorm(C) on (N, C, H, W):", str(error).split(", but")[0])
    #> LayerNorm(C) on (N, C, H, W): Given normalized_shape=[3], expected input with shape [*, 3]
