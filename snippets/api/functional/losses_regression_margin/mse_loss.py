import inspect

import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
pred = torch.tensor([1.0, 2.0, 3.0])
target = torch.tensor([1.5, 2.0, 0.0])

print("none:", F.mse_loss(pred, target, reduction="none"))
#> none: tensor([0.2500, 0.0000, 9.0000])
print("mean:", F.mse_loss(pred, target), "sum:", F.mse_loss(pred, target, reduction="sum"))
#> mean: tensor(3.0833) sum: tensor(9.2500)
print("by hand:", torch.allclose(F.mse_loss(pred, target), ((pred - target) ** 2).mean()))
#> by hand: True
print("nn.MSELoss:", torch.equal(F.mse_loss(pred, target), nn.MSELoss()(pred, target)))
#> nn.MSELoss: True

weight = torch.tensor([1.0, 1.0, 2.0])
weighted = F.mse_loss(pred, target, weight=weight)
print("weight:", weighted, torch.allclose(weighted, (weight * (pred - target) ** 2).sum() / weight.sum()))
#> weight: tensor(4.5625) True
print("nn.MSELoss has weight:", "weight" in inspect.signature(nn.MSELoss).parameters)
#> nn.MSELoss has weight: False
try:
    F.mse_loss(torch.zeros(2, 3), torch.zeros(2, 3), weight=torch.ones(2))
except ValueError as error:
    print("ValueError:", error)
    #> ValueError: Weights and input must have the same size.
