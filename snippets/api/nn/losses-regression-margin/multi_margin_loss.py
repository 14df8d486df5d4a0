import torch
from torch import nn

scores = torch.tensor([[0.1, 0.2, 0.4, 0.8], [1.0, 0.3, -0.2, 0.5]])
target = torch.tensor([3, 0])

loss = nn.MultiMarginLoss(reduction="none")(scores, target)
print("target", target.dtype, tuple(target.shape), "-> 'none'", tuple(loss.shape), [round(v, 4) for v in loss.tolist()])
#> target torch.int64 (2,) -> 'none' (2,) [0.325, 0.2]
x, c = scores[0].tolist(), 4
print("sum over i != y of max(0, 1 - x[y] + x[i]) / C:", round(sum(max(0.0, 1 - x[3] + x[i]) for i in range(3)) / c, 4))
#> sum over i != y of max(0, 1 - x[y] + x[i]) / C: 0.325
squared = nn.MultiMarginLoss(p=2, reduction="none")(scores, target)
print("p=2:", round(squared[0].item(), 4), "| by hand:", round(sum(max(0.0, 1 - x[3] + x[i]) ** 2 for i in range(3)) / c, 4))
#> p=2: 0.1525 | by hand: 0.1525
print("'mean':", round(nn.MultiMarginLoss()(scores, target).item(), 4), "| 'sum':", round(nn.MultiMarginLoss(reduction="sum")(scores, target).item(), 4))
#> 'mean': 0.2625 | 'sum': 0.525

weighted = nn.MultiMarginLoss(weight=torch.tensor([1.0, 1.0, 1.0, 2.0]), reduction="none")
print("buffers:", [(name, tuple(b.shape)) for name, b in weighted.named_buffers()], "| weight[3] = 2:", round(weighted(scores, target)[0].item(), 4))
#> buffers: [('weight', (4,))] | weight[3] = 2: 0.65
try:
    nn.MultiMarginLoss()(scores, target.float())
except RuntimeError as error:
    print("float target:", error)
    #> float target: expected scalar type Long but found Float
try:
    nn.MultiMarginLoss(p=3)
except ValueError as error:
    print("p=3:", error)
    #> p=3: only p == 1 and p == 2 supported
