import math

import torch
from torch import nn

torch.set_printoptions(precision=4)
layer = nn.Sigmoid()
x = torch.tensor([-2.0, 0.0, 2.0])
print(layer(x))
#> tensor([0.1192, 0.5000, 0.8808])
print("Sigmoid(2):", round(layer(x)[2].item(), 4), "= 1/(1 + e^-2):", round(1 / (1 + math.exp(-2)), 4))
#> Sigmoid(2): 0.8808 = 1/(1 + e^-2): 0.8808
try:
    nn.Sigmoid(0.5)
except TypeError as error:
    print("TypeError:", error)
    #> TypeError: Sigmoid.__init__() takes 1 positional argument but 2 were given
