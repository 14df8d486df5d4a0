import warnings

import torch
from torch import nn

torch.manual_seed(0)
w = torch.empty(1000, 1000)

nn.init.trunc_normal_(w, std=0.02)
print(f"std=0.02, default a=-2, b=2: max |w| {w.abs().max():.4f}, beyond 2 std: {(w.abs() > 0.04).sum().item()}")
#> std=0.02, default a=-2, b=2: max |w| 0.0952, beyond 2 std: 45178

nn.init.trunc_normal_(w, std=0.02, a=-0.04, b=0.04)
print(f"std=0.02, a=-0.04, b=0.04:   max |w| {w.abs().max():.4f}, beyond 2 std: {(w.abs() > 0.04).sum().item()}")
#> std=0.02, a=-0.04, b=0.04:   max |w| 0.0400, beyond 2 std: 0
print(f"std {w.std():.4f} (below 0.02: the tails are cut)")
#> std 0.0176 (below 0.02: the tails are cut)

nn.init.trunc_normal_(w, mean=5.0, std=1.0, a=4.0, b=6.0)
print(f"mean=5, a=4, b=6: min {w.min():.4f} max {w.max():.4f}")
#> mean=5, a=4, b=6: min 4.0000 max 6.0000

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    nn.init.trunc_normal_(w, mean=5.0, std=1.0)
print(f"mean=5, default a, b: max {w.max():.4f}; {caught[0].message}")
#> mean=5, default a, b: max 2.0000; mean is more than 2 std from [a, b] in nn.init.trunc_normal_. The distribution of values may be incorrect.
