import textwrap
import warnings

import torch
import torch.nn as nn

torch.manual_seed(0)
x = torch.randn(5, 3, requires_grad=True)

for register in ("register_backward_hook", "register_full_backward_hook"):
    layer = nn.Linear(3, 2)
    shapes = []
    getattr(layer, register)(lambda m, gi, go: shapes.append([None if g is None else tuple(g.shape) for g in gi]))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        layer(x).sum().backward()
    print(f"{register}: grad_input shapes {shapes[0]}, {len(caught)} warning(s)")
    for w in caught:
        print(textwrap.indent(textwrap.fill(f"{w.category.__name__}: {w.message}", 88), "  "))
#> register_backward_hook: grad_input shapes [(2,), (5, 3), (3, 2)], 1 warning(s)
#>   FutureWarning: Using a non-full backward hook when the forward contains multiple
#>   autograd Nodes is deprecated and will be removed in future versions. This hook will be
#>   missing some grad_input. Please use register_full_backward_hook to get the documented
#>   behavior.
#> register_full_backward_hook: grad_input shapes [(5, 3)], 0 warning(s)
