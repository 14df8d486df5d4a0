import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
pred = torch.tensor([0.2, 1.0, 3.0])
target = torch.zeros(3)


def smooth_l1(error, beta):
    small = 0.5 * error**2 / beta
    large = error.abs() - 0.5 * beta
    return torch.where(error.abs() < beta, small, large)


for beta in (1.0, 2.0):
    loss = F.smooth_l1_loss(pred, target, reduction="none", beta=beta)
    print(f"beta={beta}:", loss, torch.allclose(loss, smooth_l1(pred - target, beta)))
    #> beta=1.0: tensor([0.0200, 0.5000, 2.5000]) True
    #> beta=2.0: tensor([0.0100, 0.2500, 2.0000]) True
print("beta=0:", F.smooth_l1_loss(pred, target, beta=0.0), "l1_loss:", F.l1_loss(pred, target))
#> beta=0: tensor(1.4000) l1_loss: tensor(1.4000)
print("nn.SmoothL1Loss:", torch.equal(F.smooth_l1_loss(pred, target), nn.SmoothL1Loss()(pred, target)))
#> nn.SmoothL1Loss: True
