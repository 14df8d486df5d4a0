import inspect

import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
pred = torch.tensor([0.2, 1.0, 3.0])
target = torch.zeros(3)


def huber(error, delta):
    small = 0.5 * error**2
    large = delta * (error.abs() - 0.5 * delta)
    return torch.where(error.abs() < delta, small, large)


for delta in (1.0, 2.0):
    loss = F.huber_loss(pred, target, reduction="none", delta=delta)
    print(f"delta={delta}:", loss, torch.allclose(loss, huber(pred - target, delta)))
    #> delta=1.0: tensor([0.0200, 0.5000, 2.5000]) True
    #> delta=2.0: tensor([0.0200, 0.5000, 4.0000]) True
print("mean:", F.huber_loss(pred, target), "sum:", F.huber_loss(pred, target, reduction="sum"))
#> mean: tensor(1.0067) sum: tensor(3.0200)
print("nn.HuberLoss:", torch.equal(F.huber_loss(pred, target, delta=2.0), nn.HuberLoss(delta=2.0)(pred, target)))
#> nn.HuberLoss: True
print("nn.HuberLoss has weight:", "weight" in inspect.signature(nn.HuberLoss).parameters)
#> nn.HuberLoss has weight: False
