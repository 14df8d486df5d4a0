import math

import torch
from torch import nn

torch.manual_seed(0)
pool = nn.AdaptiveAvgPool1d(output_size=3)
print(pool)
#> AdaptiveAvgPool1d(output_size=3)
print("parameters:", list(pool.named_parameters()), "buffers:", list(pool.named_buffers()))
#> parameters: [] buffers: []

length, out = 7, 3
windows = [(math.floor(i * length / out), math.ceil((i + 1) * length / out)) for i in range(out)]
x = torch.arange(7.0).reshape(1, 1, 7)
print("windows:", windows, "means by hand:", [sum(range(a, b)) / (b - a) for a, b in windows])
#> windows: [(0, 3), (2, 5), (4, 7)] means by hand: [1.0, 3.0, 5.0]
print("AdaptiveAvgPool1d(3):", pool(x).flatten().tolist())
#> AdaptiveAvgPool1d(3): [1.0, 3.0, 5.0]

features = torch.randn(2, 8, 5, 7)
gap = nn.AdaptiveAvgPool2d(1)
print("AdaptiveAvgPool2d(1):", tuple(gap(features).shape), "equals mean((2, 3)):", torch.allclose(gap(features).flatten(1), features.mean((2, 3))))
#> AdaptiveAvgPool2d(1): (2, 8, 1, 1) equals mean((2, 3)): True
print("(None, 1):", tuple(nn.AdaptiveAvgPool2d((None, 1))(features).shape))
#> (None, 1): (2, 8, 5, 1)
volume = torch.arange(24.0).reshape(1, 1, 2, 3, 4)
print("AdaptiveAvgPool3d(1):", nn.AdaptiveAvgPool3d(1)(volume).flatten().tolist(), "mean 0..23 =", sum(range(24)) / 24)
#> AdaptiveAvgPool3d(1): [11.5] mean 0..23 = 11.5
print("same in eval():", torch.equal(gap.eval()(features), gap.train()(features)))
#> same in eval(): True
