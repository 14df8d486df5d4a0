import torch
from torch import nn

x = torch.tensor([-2.0, 0.5, 6.0, 8.0])
layer = nn.ReLU6()
print(layer(x))
#> tensor([0.0000, 0.5000, 6.0000, 6.0000])
print("equals min(max(0, x), 6):", torch.equal(layer(x), x.clamp(0.0, 6.0)))
#> equals min(max(0, x), 6): True
print("equals Hardtanh(0, 6):", torch.equal(layer(x), nn.Hardtanh(0.0, 6.0)(x)), isinstance(layer, nn.Hardtanh))
#> equals Hardtanh(0, 6): True True
