import math

import torch
from torch import nn

torch.manual_seed(0)
layer = nn.Linear(1000, 500)
w = layer.weight
returned = nn.init.uniform_(w, a=-0.1, b=0.1)
print("returns the same object:", returned is w, "| still the layer's:", layer.weight is w)
#> returns the same object: True | still the layer's: True
print("leaf:", w.is_leaf, "requires_grad:", w.requires_grad, "grad_fn:", w.grad_fn)
#> leaf: True requires_grad: True grad_fn: None
print(f"min {w.min():.4f} max {w.max():.4f}")
#> min -0.1000 max 0.1000
print(f"std {w.std():.4f} formula (b - a) / sqrt(12) = {0.2 / math.sqrt(12):.4f}")
#> std 0.0577 formula (b - a) / sqrt(12) = 0.0577

try:
    layer.weight.uniform_(-0.1, 0.1)
except RuntimeError as error:
    print("weight.uniform_():", error)
    #> weight.uniform_(): a leaf Variable that requires grad is being used in an in-place operation.
with torch.no_grad():
    layer.weight.uniform_(-0.1, 0.1)
print("inside torch.no_grad(): ok, leaf", layer.weight.is_leaf)
#> inside torch.no_grad(): ok, leaf True
