import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
torch.set_printoptions(precision=4)
logits = torch.tensor([[1.0, -2.0, 0.5], [-1.0, 3.0, 0.0]])
target = torch.tensor([[1.0, 0.0, 1.0], [0.0, 1.0, 1.0]])
p = torch.sigmoid(logits)

plain = F.binary_cross_entropy_with_logits(logits, target, reduction="none")
print(plain)
#> tensor([[0.3133, 0.1269, 0.4741],
#>         [0.3133, 0.0486, 0.6931]])
print(torch.allclose(plain, F.binary_cross_entropy(p, target, reduction="none")))
#> True

pos_weight = torch.tensor([3.0, 1.0, 2.0])
positive = F.binary_cross_entropy_with_logits(logits, target, pos_weight=pos_weight, reduction="none")
by_hand = -(pos_weight * target * p.log() + (1 - target) * (1 - p).log())
print(positive)
#> tensor([[0.9398, 0.1269, 0.9482],
#>         [0.3133, 0.0486, 1.3863]])
print(torch.allclose(positive, by_hand))
#> True
print(F.binary_cross_entropy_with_logits(logits, target, weight=pos_weight, reduction="none"))
#> tensor([[0.9398, 0.1269, 0.9482],
#>         [0.9398, 0.0486, 1.3863]])

module = nn.BCEWithLogitsLoss(pos_weight=pos_weight)
print(torch.equal(module(logits, target), F.binary_cross_entropy_with_logits(logits, target, pos_weight=pos_weight)))
#> True
