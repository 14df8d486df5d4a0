import math

import torch
from torch import nn

x = torch.tensor([[[3.0, 4.0, 1.0, 2.0, 2.0, 5.0]]])
pool = nn.LPPool1d(norm_type=2, kernel_size=2)
print(pool)
#> LPPool1d(norm_type=2, kernel_size=2, stride=None, ceil_mode=False)
print("parameters:", list(pool.named_parameters()), "buffers:", list(pool.named_buffers()))
#> parameters: [] buffers: []
print("p=2:", [round(v, 4) for v in pool(x).flatten().tolist()], "by hand:", [round(math.sqrt(a * a + b * b), 4) for a, b in [(3, 4), (1, 2), (2, 5)]])
#> p=2: [5.0, 2.2361, 5.3852] by hand: [5.0, 2.2361, 5.3852]
print("p=1:", nn.LPPool1d(1, 2)(x).flatten().tolist(), "sums:", [3 + 4, 1 + 2, 2 + 5], "AvgPool1d:", nn.AvgPool1d(2)(x).flatten().tolist())
#> p=1: [7.0, 3.0, 7.0] sums: [7, 3, 7] AvgPool1d: [3.5, 1.5, 3.5]
print("p=inf on -x:", nn.LPPool1d(float("inf"), 2)(-x).flatten().tolist(), "MaxPool1d on x:", nn.MaxPool1d(2)(x).flatten().tolist())
#> p=inf on -x: [4.0, 2.0, 5.0] MaxPool1d on x: [4.0, 2.0, 5.0]

image = torch.arange(16.0).reshape(1, 1, 4, 4)
print("LPPool2d:", round(nn.LPPool2d(2, 2)(image)[0, 0, 0, 0].item(), 4), "sqrt(0 + 1 + 16 + 25) =", round(math.sqrt(42), 4))
#> LPPool2d: 6.4807 sqrt(0 + 1 + 16 + 25) = 6.4807
volume = torch.ones(1, 1, 2, 4, 4)
out = nn.LPPool3d(2, 2)(volume)
print("LPPool3d:", tuple(out.shape), round(out[0, 0, 0, 0, 0].item(), 4), "sqrt(8) =", round(math.sqrt(8), 4))
#> LPPool3d: (1, 1, 1, 2, 2) 2.8284 sqrt(8) = 2.8284
print("same in eval():", torch.equal(pool.eval()(x), pool.train()(x)))
#> same in eval(): True
