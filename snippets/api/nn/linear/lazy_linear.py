import torch
from torch import nn

torch.manual_seed(0)
layer = nn.LazyLinear(out_features=4)
print("before:", type(layer.weight).__name__, "in_features =", layer.in_features)
#> before: UninitializedParameter in_features = 0

y = layer(torch.randn(2, 7))
print("after:", type(layer.weight).__name__, tuple(layer.weight.shape), "->", tuple(y.shape))
#> after: Parameter (4, 7) -> (2, 4)
print(type(layer).__name__, layer)
#> Linear Linear(in_features=7, out_features=4, bias=True)

try:
    layer(torch.randn(2, 5))
except RuntimeError as error:
    print("last dim 5:", str(error).split(" (")[0])
    #> last dim 5: mat1 and mat2 shapes cannot be multiplied

model = nn.Sequential(nn.Conv2d(3, 8, 3), nn.Flatten(), nn.LazyLinear(10))
try:
    sum(p.numel() for p in model.parameters())
except ValueError as error:
    print("count before the first call:", str(error).split(" in ")[0])
    #> count before the first call: Attempted to use an uninitialized parameter
model(torch.randn(1, 3, 16, 16))
print("count after:", sum(p.numel() for p in model.parameters()))
#> count after: 15914
print("in_features found:", model[2].in_features, "= 8 * 14 * 14 =", 8 * 14 * 14)
#> in_features found: 1568 = 8 * 14 * 14 = 1568
