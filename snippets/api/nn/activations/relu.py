import torch
from torch import nn

x = torch.tensor([-2.0, -0.5, 0.0, 1.5])
y = nn.ReLU()(x)
print(y, "x unchanged:", x.tolist())
#> tensor([0.0000, 0.0000, 0.0000, 1.5000]) x unchanged: [-2.0, -0.5, 0.0, 1.5]
print("equals max(0, x):", torch.equal(y, torch.maximum(x, torch.zeros(4))))
#> equals max(0, x): True

inplace = nn.ReLU(inplace=True)
print(inplace)
#> ReLU(inplace=True)
z = inplace(x)
print("x after inplace=True:", x.tolist(), "same object:", z is x)
#> x after inplace=True: [0.0, 0.0, 0.0, 1.5] same object: True
