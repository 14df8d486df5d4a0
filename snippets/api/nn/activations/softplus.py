import math

import torch
from torch import nn

torch.set_printoptions(precision=4)
x = torch.tensor([-2.0, 0.0, 2.0, 30.0])
layer = nn.Softplus()
print(layer(x))
#> tensor([ 0.1269,  0.6931,  2.1269, 30.0000])
print("Softplus(0):", round(layer(x)[1].item(), 4), "= log 2:", round(math.log(2), 4))
#> Softplus(0): 0.6931 = log 2: 0.6931
sharp = nn.Softplus(beta=2.0, threshold=20.0)
print("beta=2 at 0:", round(sharp(x)[1].item(), 4), "= log(2)/2:", round(math.log(2) / 2, 4))
#> beta=2 at 0: 0.3466 = log(2)/2: 0.3466
print("beta*x > threshold returns x:", torch.equal(sharp(x)[3], x[3]))
#> beta*x > threshold returns x: True
