import math

import torch
from torch import nn

torch.manual_seed(0)
w = nn.init.sparse_(torch.empty(10, 6), sparsity=0.25)
print("zeros per column:", (w == 0).sum(dim=0).tolist(), "= ceil(0.25 * 10) =", math.ceil(0.25 * 10))
#> zeros per column: [3, 3, 3, 3, 3, 3] = ceil(0.25 * 10) = 3

big = nn.init.sparse_(torch.empty(1000, 200), sparsity=0.9, std=0.01)
print(f"non-zero std {big[big != 0].std():.4f} (asked 0.01)")
#> non-zero std 0.0100 (asked 0.01)

g1, g2 = torch.Generator().manual_seed(0), torch.Generator().manual_seed(0)
torch.manual_seed(1)
a = nn.init.sparse_(torch.empty(6, 4), sparsity=0.5, generator=g1)
torch.manual_seed(2)
b = nn.init.sparse_(torch.empty(6, 4), sparsity=0.5, generator=g2)
print("same generator seed, same zeros:", torch.equal(a == 0, b == 0))
#> same generator seed, same zeros: False
