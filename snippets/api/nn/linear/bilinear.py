import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
layer = nn.Bilinear(in1_features=2, in2_features=3, out_features=4)
print("weight", tuple(layer.weight.shape), "bias", tuple(layer.bias.shape))
#> weight (4, 2, 3) bias (4,)

x1, x2 = torch.randn(5, 2), torch.randn(5, 3)
y = layer(x1, x2)
print("output:", tuple(y.shape))
#> output: (5, 4)
by_hand = x1[0] @ layer.weight[0] @ x2[0] + layer.bias[0]
print("y[0, 0]:", round(y[0, 0].item(), 4), "= x1 A x2 + b:", round(by_hand.item(), 4))
#> y[0, 0]: -1.5154 = x1 A x2 + b: -1.5154
print("equals F.bilinear:", torch.equal(y, F.bilinear(x1, x2, layer.weight, layer.bias)))
#> equals F.bilinear: True
try:
    layer(x1, x1)
except RuntimeError as error:
    print("second input of size 2:", type(error).__name__)
    #> second input of size 2: RuntimeError
