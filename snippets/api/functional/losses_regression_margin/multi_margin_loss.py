import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
scores = torch.tensor([[0.1, 0.2, 0.4, 0.8], [2.0, 0.5, 0.0, 1.5]])
target = torch.tensor([3, 0])

loss = F.multi_margin_loss(scores, target, reduction="none")
print("none:", loss)
#> none: tensor([0.3250, 0.1250])
right = scores.gather(1, target.unsqueeze(1))
hinge = (1.0 - right + scores).clamp(min=0)
hinge[torch.arange(2), target] = 0
print("by hand:", hinge.sum(dim=1) / scores.size(1))
#> by hand: tensor([0.3250, 0.1250])
print("mean:", F.multi_margin_loss(scores, target))
#> mean: tensor(0.2250)
print("nn.MultiMarginLoss:", torch.equal(F.multi_margin_loss(scores, target), nn.MultiMarginLoss()(scores, target)))
#> nn.MultiMarginLoss: True
try:
    F.multi_margin_loss(scores, target.float())
except RuntimeError as error:
    print("RuntimeError:", error)
    #> RuntimeError: expected scalar type Long but found Float
