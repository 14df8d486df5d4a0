import torch
from torch import nn

pred = torch.tensor([0.5, 3.0, -1.0])
target = torch.zeros(3)

huber = nn.HuberLoss(delta=2.0, reduction="none")(pred, target)
smooth = nn.SmoothL1Loss(beta=2.0, reduction="none")(pred, target)
print("HuberLoss(delta=2):   ", huber.tolist())
#> HuberLoss(delta=2):    [0.125, 4.0, 0.5]
print("SmoothL1Loss(beta=2): ", smooth.tolist())
#> SmoothL1Loss(beta=2):  [0.0625, 2.0, 0.25]
print("Huber by hand: 0.5*0.5**2 =", 0.5 * 0.5**2, "| 2*(3 - 0.5*2) =", 2 * (3 - 0.5 * 2))
#> Huber by hand: 0.5*0.5**2 = 0.125 | 2*(3 - 0.5*2) = 4.0
print("Smooth L1 by hand: 0.5*0.5**2/2 =", 0.5 * 0.5**2 / 2, "| 3 - 0.5*2 =", 3 - 0.5 * 2)
#> Smooth L1 by hand: 0.5*0.5**2/2 = 0.0625 | 3 - 0.5*2 = 2.0
print("Huber = delta * SmoothL1:", torch.equal(huber, 2.0 * smooth))
#> Huber = delta * SmoothL1: True
print("delta=1 (defaults) equal:", torch.equal(nn.HuberLoss()(pred, target), nn.SmoothL1Loss()(pred, target)))
#> delta=1 (defaults) equal: True
print("SmoothL1Loss(beta=0) = L1Loss:", torch.equal(nn.SmoothL1Loss(beta=0.0)(pred, target), nn.L1Loss()(pred, target)))
#> SmoothL1Loss(beta=0) = L1Loss: True
print("'mean':", round(nn.HuberLoss(delta=2.0)(pred, target).item(), 4), "| 'sum':", nn.HuberLoss(delta=2.0, reduction="sum")(pred, target).item())
#> 'mean': 1.5417 | 'sum': 4.625
