import torch
from torch import nn

torch.set_printoptions(precision=4)
x = torch.tensor([-4.0, -1.5, 0.0, 1.5, 4.0])
sigmoid = nn.Hardsigmoid()(x)
swish = nn.Hardswish()(x)
print("Hardsigmoid:", sigmoid)
#> Hardsigmoid: tensor([0.0000, 0.2500, 0.5000, 0.7500, 1.0000])
print("Hardswish:  ", swish)
#> Hardswish:   tensor([-0.0000, -0.3750,  0.0000,  1.1250,  4.0000])
print("x = 1.5:", sigmoid[3].item(), "= 1.5/6 + 0.5 =", 1.5 / 6 + 0.5, "|", swish[3].item(), "= 1.5 * 0.75 =", 1.5 * 0.75)
#> x = 1.5: 0.75 = 1.5/6 + 0.5 = 0.75 | 1.125 = 1.5 * 0.75 = 1.125
print("Hardswish = x * Hardsigmoid:", torch.equal(swish, x * sigmoid))
#> Hardswish = x * Hardsigmoid: True
