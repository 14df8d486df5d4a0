import inspect

import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
pred = torch.tensor([1.0, 2.0, 3.0])
target = torch.tensor([1.5, 2.0, 0.0])

print("none:", F.l1_loss(pred, target, reduction="none"))
#> none: tensor([0.5000, 0.0000, 3.0000])
print("mean:", F.l1_loss(pred, target), "sum:", F.l1_loss(pred, target, reduction="sum"))
#> mean: tensor(1.1667) sum: tensor(3.5000)
print("by hand:", torch.allclose(F.l1_loss(pred, target), (pred - target).abs().mean()))
#> by hand: True
print("nn.L1Loss:", torch.equal(F.l1_loss(pred, target), nn.L1Loss()(pred, target)))
#> nn.L1Loss: True

weight = torch.tensor([1.0, 1.0, 2.0])
weighted = F.l1_loss(pred, target, weight=weight)
print("weight:", weighted, torch.allclose(weighted, (weight * (pred - target).abs()).sum() / weight.sum()))
#> weight: tensor(1.6250) True
print("nn.L1Loss has weight:", "weight" in inspect.signature(nn.L1Loss).parameters)
#> nn.L1Loss has weight: False
