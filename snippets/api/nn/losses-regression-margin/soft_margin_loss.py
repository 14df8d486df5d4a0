import math

import torch
from torch import nn

scores = torch.tensor([2.0, -1.0, 0.5])
y = torch.tensor([1.0, -1.0, -1.0])

loss = nn.SoftMarginLoss(reduction="none")(scores, y)
print("'none':", tuple(loss.shape), [round(v, 4) for v in loss.tolist()])
#> 'none': (3,) [0.1269, 0.3133, 0.9741]
print("log(1 + exp(-y*x)):", [round(math.log(1 + math.exp(-t * s)), 4) for s, t in zip(scores.tolist(), y.tolist())])
#> log(1 + exp(-y*x)): [0.1269, 0.3133, 0.9741]
print("'mean':", round(nn.SoftMarginLoss()(scores, y).item(), 4), "| 'sum':", round(nn.SoftMarginLoss(reduction="sum")(scores, y).item(), 4))
#> 'mean': 0.4714 | 'sum': 1.4143

zero_one = (y + 1) / 2
print("target 0 instead of -1:", [round(v, 4) for v in nn.SoftMarginLoss(reduction="none")(scores, zero_one).tolist()], "| log 2 =", round(math.log(2), 4))
#> target 0 instead of -1: [0.1269, 0.6931, 0.6931] | log 2 = 0.6931
print("BCEWithLogitsLoss on 0/1:", [round(v, 4) for v in nn.BCEWithLogitsLoss(reduction="none")(scores, zero_one).tolist()])
#> BCEWithLogitsLoss on 0/1: [0.1269, 0.3133, 0.9741]
