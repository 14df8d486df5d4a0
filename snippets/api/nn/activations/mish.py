import math

import torch
from torch import nn

torch.set_printoptions(precision=4)
layer = nn.Mish()
x = torch.tensor([-2.0, 0.0, 1.0, 4.0])
print(layer(x))
#> tensor([-0.2525,  0.0000,  0.8651,  3.9974])
print("Mish(1):", round(layer(x)[2].item(), 4), "= tanh(log(1 + e)):", round(math.tanh(math.log(1 + math.e)), 4))
#> Mish(1): 0.8651 = tanh(log(1 + e)): 0.8651
print("Mish vs SiLU at 1:", round(layer(x)[2].item(), 4), round(nn.SiLU()(x)[2].item(), 4))
#> Mish vs SiLU at 1: 0.8651 0.7311
