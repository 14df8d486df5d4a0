import torch
from torch import nn


def stats(t):
    return round(t.mean().item(), 2) + 0.0, round(t.std().item(), 2)


torch.manual_seed(0)
selu_out = nn.SELU()(torch.randn(1000, 1000))
print("SELU output (mean, std):", stats(selu_out))
#> SELU output (mean, std): (0.0, 1.0)
print("after AlphaDropout(0.2):", stats(nn.AlphaDropout(p=0.2)(selu_out)))
#> after AlphaDropout(0.2): (0.0, 1.0)
print("after Dropout(0.2):     ", stats(nn.Dropout(p=0.2)(selu_out)))
#> after Dropout(0.2):      (0.0, 1.12)

out = nn.AlphaDropout(p=0.2)(torch.zeros(8))
print("zeros in:", out)
#> zeros in: tensor([ 0.3090,  0.3090,  0.3090,  0.3090,  0.3090,  0.3090,  0.3090, -1.2362])
alpha_p, p = -1.7580993408473766, 0.2
a = ((1 - p) * (1 + p * alpha_p**2)) ** -0.5
b = -a * alpha_p * p
print("by hand: kept 0 -> b =", round(b, 4), " dropped -> a * alpha' + b =", round(a * alpha_p + b, 4))
#> by hand: kept 0 -> b = 0.309  dropped -> a * alpha' + b = -1.2362

layer = nn.AlphaDropout()
print("parameters:", list(layer.parameters()), "buffers:", list(layer.buffers()), "eval() identity:", torch.equal(layer.eval()(selu_out), selu_out))
#> parameters: [] buffers: [] eval() identity: True
