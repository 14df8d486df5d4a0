import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
score = torch.tensor([[2.0, -1.0, 0.5], [0.0, 3.0, -2.0]])
target = torch.tensor([[1.0, 1.0, -1.0], [1.0, -1.0, -1.0]])

loss = F.soft_margin_loss(score, target, reduction="none")
print(loss)
#> tensor([[0.1269, 1.3133, 0.9741],
#>         [0.6931, 3.0486, 0.1269]])
print("by hand:", torch.allclose(loss, torch.log1p(torch.exp(-target * score))))
#> by hand: True
print("mean:", F.soft_margin_loss(score, target), loss.sum() / score.numel())
#> mean: tensor(1.0472) tensor(1.0472)
print("nn.SoftMarginLoss:", torch.equal(F.soft_margin_loss(score, target), nn.SoftMarginLoss()(score, target)))
#> nn.SoftMarginLoss: True
print("target 0:", F.soft_margin_loss(score[0], torch.zeros(3), reduction="none"))
#> target 0: tensor([0.6931, 0.6931, 0.6931])
