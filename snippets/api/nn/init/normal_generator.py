import torch
from torch import nn

torch.manual_seed(0)
w = torch.empty(500, 1000)
nn.init.normal_(w, mean=0.0, std=0.02)
print(f"mean {w.mean():.4f} std {w.std():.4f} (asked 0, 0.02)")
#> mean -0.0001 std 0.0200 (asked 0, 0.02)

torch.manual_seed(0)
before = torch.rand(1)
torch.manual_seed(0)
a = nn.init.normal_(torch.empty(3, 4), generator=torch.Generator().manual_seed(42))
b = nn.init.normal_(torch.empty(3, 4), generator=torch.Generator().manual_seed(42))
print("same generator seed, same values:", torch.equal(a, b))
#> same generator seed, same values: True
print("global RNG untouched:", torch.equal(torch.rand(1), before))
#> global RNG untouched: True
