import torch
import torch.nn as nn

prediction = torch.tensor([1.0, 2.0, 4.0])
target = torch.tensor([1.5, 2.0, 1.0])

mse = nn.MSELoss()(prediction, target)
l1 = nn.L1Loss()(prediction, target)
print("MSELoss:", round(mse.item(), 4), round(((prediction - target) ** 2).mean().item(), 4))
#> MSELoss: 3.0833 3.0833
print("L1Loss :", round(l1.item(), 4), round((prediction - target).abs().mean().item(), 4))
#> L1Loss : 1.1667 1.1667
