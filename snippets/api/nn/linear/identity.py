import torch
from torch import nn

x = torch.randn(2, 3)
identity = nn.Identity(54, unused="any")
print("same object:", identity(x) is x)
#> same object: True
print("parameters:", list(identity.parameters()))
#> parameters: []

model = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 10))
model[2] = nn.Identity()
print(model)
#> Sequential(
#>   (0): Linear(in_features=3, out_features=4, bias=True)
#>   (1): ReLU()
#>   (2): Identity()
#> )
print("features:", tuple(model(x).shape))
#> features: (2, 4)
