import torch
from torch import nn

torch.manual_seed(0)
x = torch.ones(2, 4, 3, 3)
y = nn.Dropout2d(p=0.5)(x)
zero_channel = (y == 0).all(dim=(2, 3))
print("all-zero channel (N, C):")
#> all-zero channel (N, C):
print(zero_channel)
#> tensor([[ True,  True, False,  True],
#>         [ True,  True, False, False]])
print("other channels all 2.0:", bool((y[~zero_channel] == 2.0).all()))
#> other channels all 2.0: True

for layer, shape in [(nn.Dropout1d(0.5), (2, 4, 5)), (nn.Dropout2d(0.5), (2, 4, 3, 3)), (nn.Dropout3d(0.5), (2, 4, 2, 3, 3))]:
    out = layer(torch.ones(shape))
    per_channel = out.flatten(2)
    whole = bool(((per_channel == 0).all(-1) | (per_channel != 0).all(-1)).all())
    print(type(layer).__name__, tuple(out.shape), "whole channels:", whole)
    #> Dropout1d (2, 4, 5) whole channels: True
    #> Dropout2d (2, 4, 3, 3) whole channels: True
    #> Dropout3d (2, 4, 2, 3, 3) whole channels: True

print("eval() identity:", torch.equal(nn.Dropout2d(0.5).eval()(x), x))
#> eval() identity: True
