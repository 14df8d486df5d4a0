import math

import torch
from torch import nn

torch.manual_seed(0)
pool = nn.AdaptiveMaxPool1d(output_size=3, return_indices=True)
print(pool)
#> AdaptiveMaxPool1d(output_size=3)
print("parameters:", list(pool.named_parameters()), "buffers:", list(pool.named_buffers()))
#> parameters: [] buffers: []

length, out = 5, 3
windows = [(math.floor(i * length / out), math.ceil((i + 1) * length / out)) for i in range(out)]
print("windows [start, end):", windows)
#> windows [start, end): [(0, 2), (1, 4), (3, 5)]
x = torch.tensor([[[2.0, 7.0, 1.0, 8.0, 3.0]]])
values, indices = pool(x)
print("values:", values.flatten().tolist(), "by hand:", [max(x.flatten()[a:b].tolist()) for a, b in windows])
#> values: [7.0, 8.0, 8.0] by hand: [7.0, 8.0, 8.0]
print("indices:", indices.flatten().tolist())
#> indices: [1, 3, 3]

for size in [(5, 7), (32, 32)]:
    print(size, "->", tuple(nn.AdaptiveMaxPool2d((2, 3))(torch.randn(1, 4, *size)).shape))
    #> (5, 7) -> (1, 4, 2, 3)
    #> (32, 32) -> (1, 4, 2, 3)
print("(2, None):", tuple(nn.AdaptiveMaxPool2d((2, None))(torch.randn(1, 4, 5, 7)).shape))
#> (2, None): (1, 4, 2, 7)
print("AdaptiveMaxPool3d(1):", nn.AdaptiveMaxPool3d(1)(torch.arange(24.0).reshape(1, 1, 2, 3, 4)).flatten().tolist())
#> AdaptiveMaxPool3d(1): [23.0]
print("same in eval():", torch.equal(pool.eval()(x)[0], values))
#> same in eval(): True
