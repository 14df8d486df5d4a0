import torch
from torch import nn

layer = nn.LocalResponseNorm(size=3, alpha=1.0, beta=1.0, k=1.0)
print(layer, "parameters:", list(layer.parameters()), "buffers:", list(layer.buffers()))
#> LocalResponseNorm(3, alpha=1.0, beta=1.0, k=1.0) parameters: [] buffers: []

x = torch.tensor([1.0, 2.0, 3.0, 4.0]).view(1, 4, 1, 1)
y = layer(x).flatten()
squares = [1.0, 4.0, 9.0, 16.0]
by_hand = [a / (1 + (sum(squares[max(c - 1, 0):c + 2]) / 3)) for c, a in enumerate([1.0, 2.0, 3.0, 4.0])]
print("output:", [round(v, 4) for v in y.tolist()])
#> output: [0.375, 0.3529, 0.2812, 0.4286]
print("by hand:", [round(v, 4) for v in by_hand])
#> by hand: [0.375, 0.3529, 0.2812, 0.4286]
print("(N, C, L) input:", tuple(layer(torch.randn(2, 4, 7)).shape), "(N, C, D, H, W):", tuple(layer(torch.randn(2, 4, 2, 3, 3)).shape))
#> (N, C, L) input: (2, 4, 7) (N, C, D, H, W): (2, 4, 2, 3, 3)
