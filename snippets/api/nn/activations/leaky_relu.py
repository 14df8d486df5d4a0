import torch
from torch import nn

x = torch.tensor([-10.0, -1.0, 0.0, 2.0])
print(nn.LeakyReLU()(x))
#> tensor([-0.1000, -0.0100,  0.0000,  2.0000])
layer = nn.LeakyReLU(negative_slope=0.2)
print(layer(x))
#> tensor([-2.0000, -0.2000,  0.0000,  2.0000])
print("LeakyReLU(-10) = 0.2 * -10:", layer(x)[0].item(), 0.2 * -10)
#> LeakyReLU(-10) = 0.2 * -10: -2.0 -2.0
print(layer, "parameters:", list(layer.parameters()))
#> LeakyReLU(negative_slope=0.2) parameters: []
