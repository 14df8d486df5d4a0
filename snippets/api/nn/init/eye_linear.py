import torch
from torch import nn

layer = nn.Linear(5, 3)
nn.init.eye_(layer.weight)
nn.init.zeros_(layer.bias)
print(layer.weight.detach())
#> tensor([[1., 0., 0., 0., 0.],
#>         [0., 1., 0., 0., 0.],
#>         [0., 0., 1., 0., 0.]])

x = torch.tensor([[1.0, 2.0, 3.0, 4.0, 5.0]])
print("output:", layer(x).detach(), "= x[:, :3]:", torch.equal(layer(x), x[:, :3]))
#> output: tensor([[1., 2., 3.]]) = x[:, :3]: True
try:
    nn.init.eye_(torch.empty(2, 3, 3))
except ValueError as error:
    print("3-D:", error)
    #> 3-D: Only tensors with 2 dimensions are supported
