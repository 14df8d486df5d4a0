import math

import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
layer = nn.Linear(in_features=3, out_features=2)
for name, p in layer.named_parameters():
    print(name, tuple(p.shape), p.requires_grad)
    #> weight (2, 3) True
    #> bias (2,) True
print("buffers:", [name for name, _ in layer.named_buffers()])
#> buffers: []

x = torch.tensor([[1.0, 2.0, 3.0]])
by_hand = sum(x[0, i] * layer.weight[0, i] for i in range(3)) + layer.bias[0]
print("y[0, 0]:", round(layer(x)[0, 0].item(), 4), "by hand:", round(by_hand.item(), 4))
#> y[0, 0]: -0.8219 by hand: -0.8219
print("equals x @ W.T + b:", torch.allclose(layer(x), x @ layer.weight.T + layer.bias))
#> equals x @ W.T + b: True
print("equals F.linear:", torch.equal(layer(x), F.linear(x, layer.weight, layer.bias)))
#> equals F.linear: True

train_out = layer(x)
print("same in eval():", torch.equal(train_out, layer.eval()(x)))
#> same in eval(): True

batch = torch.randn(4, 5, 3)
print("(4, 5, 3) ->", tuple(layer(batch).shape))
#> (4, 5, 3) -> (4, 5, 2)

bound = 1 / math.sqrt(layer.in_features)
print(f"init within ±1/sqrt(3) = ±{bound:.4f}:", bool(layer.weight.abs().max() <= bound), bool(layer.bias.abs().max() <= bound))
#> init within ±1/sqrt(3) = ±0.5774: True True
print("no bias:", nn.Linear(3, 2, bias=False).bias)
#> no bias: None
try:
    x @ layer.weight
except RuntimeError as error:
    print("x @ W:", str(error).split(" (")[0])
    #> x @ W: mat1 and mat2 shapes cannot be multiplied
