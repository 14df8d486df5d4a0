import torch
from torch import nn

torch.manual_seed(0)
layer = nn.BatchNorm1d(3)
try:
    layer(torch.randn(1, 3))
except ValueError as error:
    print("train, (1, 3):", error)
    #> train, (1, 3): Expected more than 1 value per channel when training, got input size torch.Size([1, 3])

y = layer(torch.randn(1, 3, 2))
print("train, (1, 3, 2):", tuple(y.shape), "channel 0:", [round(v, 4) for v in y[0, 0].tolist()])
#> train, (1, 3, 2): (1, 3, 2) channel 0: [1.0, -1.0]
print("eval, (1, 3):", tuple(layer.eval()(torch.randn(1, 3)).shape))
#> eval, (1, 3): (1, 3)
