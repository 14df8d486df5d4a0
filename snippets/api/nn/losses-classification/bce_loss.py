import math

import torch
from torch import nn

logits = torch.tensor([[1.5, -0.5], [0.0, 2.0]])
target = torch.tensor([[1.0, 0.0], [1.0, 0.0]])
p = torch.sigmoid(logits)

loss = nn.BCELoss(reduction="none")(p, target)
print("'none':", tuple(loss.shape), loss.round(decimals=4))
#> 'none': (2, 2) tensor([[0.2014, 0.4741],
#>         [0.6931, 2.1269]])
p00 = 1 / (1 + math.exp(-1.5))
print("[0, 0] by hand: -log(sigmoid(1.5)) =", round(-math.log(p00), 4))
#> [0, 0] by hand: -log(sigmoid(1.5)) = 0.2014
print("'mean':", round(nn.BCELoss()(p, target).item(), 4), "'sum':", round(nn.BCELoss(reduction="sum")(p, target).item(), 4))
#> 'mean': 0.8739 'sum': 3.4956
print("weight=[1, 3] per column:", nn.BCELoss(weight=torch.tensor([1.0, 3.0]), reduction="none")(p, target).round(decimals=4))
#> weight=[1, 3] per column: tensor([[0.2014, 1.4222],
#>         [0.6931, 6.3808]])

for name, bad_input, bad_target in [("logits", logits, target), ("long target", p, target.long())]:
    try:
        nn.BCELoss()(bad_input, bad_target)
    except RuntimeError as error:
        print(name + ":", type(error).__name__, error)
        #> logits: RuntimeError all elements of input should be between 0 and 1
        #> long target: RuntimeError Found dtype Long but expected Float
