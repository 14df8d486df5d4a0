import torch
from torch import nn

x = torch.tensor([-1.0, 0.5, 0.7, 2.0])
layer = nn.Threshold(threshold=0.5, value=-9.0)
print(layer)
#> Threshold(threshold=0.5, value=-9.0)
print(layer(x))
#> tensor([-9.0000, -9.0000,  0.7000,  2.0000])
print("equals where(x > 0.5, x, -9):", torch.equal(layer(x), torch.where(x > 0.5, x, -9.0)))
#> equals where(x > 0.5, x, -9): True
print("Threshold(0, 0) is ReLU:", torch.equal(nn.Threshold(0.0, 0.0)(x - 1), nn.ReLU()(x - 1)))
#> Threshold(0, 0) is ReLU: True
try:
    nn.Threshold(0.5)
except TypeError as error:
    print("TypeError:", error)
    #> TypeError: Threshold.__init__() missing 1 required positional argument: 'value'
