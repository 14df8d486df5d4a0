import math

import torch
from torch import nn

logits = torch.tensor([[1.5, -0.5], [0.0, 2.0]])
target = torch.tensor([[1.0, 0.0], [1.0, 0.0]])

loss = nn.BCEWithLogitsLoss(reduction="none")(logits, target)
print("= BCELoss(sigmoid(x)):", torch.allclose(loss, nn.BCELoss(reduction="none")(torch.sigmoid(logits), target)))
#> = BCELoss(sigmoid(x)): True

pos_weight = torch.tensor([3.0, 1.0])
weighted = nn.BCEWithLogitsLoss(pos_weight=pos_weight, reduction="none")(logits, target)
print("plain:          ", loss.round(decimals=4))
#> plain:           tensor([[0.2014, 0.4741],
#>         [0.6931, 2.1269]])
print("pos_weight=[3, 1]:", weighted.round(decimals=4))
#> pos_weight=[3, 1]: tensor([[0.6042, 0.4741],
#>         [2.0794, 2.1269]])
print("[0, 0] by hand: -3*log(sigmoid(1.5)) =", round(-3 * math.log(1 / (1 + math.exp(-1.5))), 4))
#> [0, 0] by hand: -3*log(sigmoid(1.5)) = 0.6042

big = torch.tensor([-200.0], requires_grad=True)
one = torch.tensor([1.0])
stable = nn.BCEWithLogitsLoss()(big, one)
stable.backward()
print("logit -200, with logits:", stable.item(), "grad", big.grad.item())
#> logit -200, with logits: 200.0 grad -1.0
big.grad = None
naive = nn.BCELoss()(torch.sigmoid(big), one)
naive.backward()
print("logit -200, sigmoid + BCELoss:", naive.item(), "grad is 0:", big.grad.item() == 0)
#> logit -200, sigmoid + BCELoss: 100.0 grad is 0: True
