import torch
import torch.nn as nn

prediction = torch.tensor([2.5, 0.0, 2.0])
target = torch.tensor([3.0, -0.5, 2.0])

loss = nn.MSELoss()(prediction, target)
print(loss, ((prediction - target) ** 2).mean())
#> tensor(0.1667) tensor(0.1667)
