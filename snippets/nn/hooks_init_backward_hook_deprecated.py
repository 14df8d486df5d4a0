import inspect
import textwrap
import warnings

import torch
import torch.nn as nn

torch.manual_seed(0)
x = torch.randn(5, 3, requires_grad=True)
cases = [
    ("Linear(x)", nn.Linear(3, 2), "register_backward_hook", x),
    ("ReLU(x * 1)", nn.ReLU(), "register_backward_hook", x * 1),
    ("ReLU(leaf x)", nn.ReLU(), "register_backward_hook", x),
    ("Linear(x)", nn.Linear(3, 2), "register_full_backward_hook", x),
]
print(f"{'hook':28} {'call':13} {'forward':8} {'backward':9} grad_input shapes")
#> hook                         call          forward  backward  grad_input shapes
first = None
for title, layer, register, inp in cases:
    shapes = []
    getattr(layer, register)(lambda m, gi, go: shapes.append([None if g is None else tuple(g.shape) for g in gi]))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        out = layer(inp)
        in_forward = len(caught)
        out.sum().backward()
        in_backward = len(caught) - in_forward
    print(f"{register:28} {title:13} {in_forward:<8} {in_backward:<9} {shapes[0]}")
    #> register_backward_hook       Linear(x)     1        0         [(2,), (5, 3), (3, 2)]
    #> register_backward_hook       ReLU(x * 1)   0        0         [(5, 3)]
    #> register_backward_hook       ReLU(leaf x)  1        0         [(5, 3)]
    #> register_full_backward_hook  Linear(x)     0        0         [(5, 3)]
    first = first or (caught[0] if caught else None)
lines, start = inspect.getsourcelines(nn.Module._call_impl)
inside = first.filename == inspect.getsourcefile(nn.Module) and start <= first.lineno < start + len(lines)
print("raised at", first.filename.split("site-packages/")[-1], "line", first.lineno, "inside Module._call_impl:", inside)
#> raised at torch/nn/modules/module.py line 1874 inside Module._call_impl: True
print(textwrap.fill(f"{first.category.__name__}: {first.message}", 96))
#> FutureWarning: Using a non-full backward hook when the forward contains multiple autograd Nodes
#> is deprecated and will be removed in future versions. This hook will be missing some grad_input.
#> Please use register_full_backward_hook to get the documented behavior.
