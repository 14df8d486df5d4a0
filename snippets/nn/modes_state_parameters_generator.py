import torch
import torch.nn as nn

model = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 2))
params = model.parameters()
print(type(params).__name__)
#> generator
print(len(list(params)), len(list(params)))
#> 4 0

optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
print(len(optimizer.param_groups[0]["params"]))
#> 4
