import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
score1 = torch.tensor([3.0, 1.0, 2.0])
score2 = torch.tensor([1.0, 2.0, 2.0])
target = torch.tensor([1.0, 1.0, -1.0])

print("margin=0:  ", F.margin_ranking_loss(score1, score2, target, reduction="none"))
#> margin=0:   tensor([0., 1., 0.])
loss = F.margin_ranking_loss(score1, score2, target, margin=0.5, reduction="none")
print("margin=0.5:", loss)
#> margin=0.5: tensor([0.0000, 1.5000, 0.5000])
print("by hand:", torch.allclose(loss, (-target * (score1 - score2) + 0.5).clamp(min=0)))
#> by hand: True
module = nn.MarginRankingLoss(margin=0.5)
print("nn.MarginRankingLoss:", torch.equal(F.margin_ranking_loss(score1, score2, target, margin=0.5), module(score1, score2, target)))
#> nn.MarginRankingLoss: True
try:
    F.margin_ranking_loss(score1.unsqueeze(1), score2, target)
except RuntimeError as error:
    print("RuntimeError:", str(error).strip())
    #> RuntimeError: margin_ranking_loss : All input tensors should have same dimension but got sizes: input1: torch.Size([3, 1]), input2: torch.Size([3]), target: torch.Size([3])
