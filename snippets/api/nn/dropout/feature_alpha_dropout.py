import torch
from torch import nn

torch.manual_seed(0)
layer = nn.FeatureAlphaDropout(p=0.2)
out = layer(torch.zeros(2, 4, 5))
print("one value per channel:", bool((out == out[..., :1]).all()))
#> one value per channel: True
print(out[..., 0])
#> tensor([[-1.2362,  0.3090,  0.3090, -1.2362],
#>         [ 0.3090,  0.3090,  0.3090,  0.3090]])
alpha_p, p = -1.7580993408473766, 0.2
a = ((1 - p) * (1 + p * alpha_p**2)) ** -0.5
print("by hand: kept b =", round(-a * alpha_p * p, 4), " dropped a * alpha' + b =", round(a * alpha_p * (1 - p), 4))
#> by hand: kept b = 0.309  dropped a * alpha' + b = -1.2362

x = torch.randn(2, 4, 5)
print("parameters:", list(layer.parameters()), "buffers:", list(layer.buffers()), "eval() identity:", torch.equal(layer.eval()(x), x))
#> parameters: [] buffers: [] eval() identity: True
