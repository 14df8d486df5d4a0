import torch
from torch import nn

torch.manual_seed(0)
layer = nn.Softmax2d()
x = torch.randn(2, 3, 4, 5)
y = layer(x)
print("shape:", tuple(x.shape), "->", tuple(y.shape))
#> shape: (2, 3, 4, 5) -> (2, 3, 4, 5)
print("sum over C at every pixel is 1:", torch.allclose(y.sum(dim=1), torch.ones(2, 4, 5)))
#> sum over C at every pixel is 1: True
print("sum over H, W of one channel:", round(y[0, 0].sum().item(), 2))
#> sum over H, W of one channel: 5.02
print("equals Softmax(dim=1) / (dim=-3):", torch.equal(y, nn.Softmax(dim=1)(x)), torch.equal(layer(x[0]), nn.Softmax(dim=-3)(x[0])))
#> equals Softmax(dim=1) / (dim=-3): True True
try:
    layer(torch.randn(3, 4))
except ValueError as error:
    print("ValueError:", error)
    #> ValueError: Softmax2d: expected input to be 3D or 4D, got 2D instead
