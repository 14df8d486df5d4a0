import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
torch.set_printoptions(precision=4)
logits = torch.tensor([[1.0, -2.0, 0.5], [-1.0, 3.0, 0.0]])
target = torch.tensor([[1.0, 0.0, 1.0], [0.0, 1.0, 1.0]])

per_sample = F.multilabel_soft_margin_loss(logits, target, reduction="none")
by_hand = -(target * F.logsigmoid(logits) + (1 - target) * F.logsigmoid(-logits)).mean(dim=1)
print(per_sample, torch.allclose(per_sample, by_hand))
#> tensor([0.3048, 0.3517]) True
print(torch.allclose(per_sample, F.binary_cross_entropy_with_logits(logits, target, reduction="none").mean(dim=1)))
#> True

weight = torch.tensor([3.0, 1.0, 2.0])
weighted = F.multilabel_soft_margin_loss(logits, target, weight=weight, reduction="none")
print(weighted, (weight * F.binary_cross_entropy_with_logits(logits, target, reduction="none")).mean(dim=1))
#> tensor([0.6716, 0.7916]) tensor([0.6716, 0.7916])
print(torch.equal(nn.MultiLabelSoftMarginLoss()(logits, target), F.multilabel_soft_margin_loss(logits, target)))
#> True

indices = torch.tensor([[0, 2, -1], [1, 2, -1]])
print("indices:", F.multilabel_soft_margin_loss(logits, indices), "multi-hot:", F.multilabel_soft_margin_loss(logits, target))
#> indices: tensor(0.9949) multi-hot: tensor(0.3282)
