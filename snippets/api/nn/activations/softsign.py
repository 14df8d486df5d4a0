import torch
from torch import nn

torch.set_printoptions(precision=4)
x = torch.tensor([-3.0, 0.0, 1.0, 100.0])
layer = nn.Softsign()
print(layer(x))
#> tensor([-0.7500,  0.0000,  0.5000,  0.9901])
print("equals x / (1 + |x|):", torch.equal(layer(x), x / (1 + x.abs())))
#> equals x / (1 + |x|): True
print("Tanh for comparison:", nn.Tanh()(x))
#> Tanh for comparison: tensor([-0.9951,  0.0000,  0.7616,  1.0000])
