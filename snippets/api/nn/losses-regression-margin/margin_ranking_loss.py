import torch
from torch import nn

x1 = torch.tensor([0.8, 0.2, 0.5])
x2 = torch.tensor([0.3, 0.6, 0.4])
y = torch.tensor([1.0, 1.0, -1.0])

criterion = nn.MarginRankingLoss(margin=0.5, reduction="none")
loss = criterion(x1, x2, y)
print("'none':", tuple(loss.shape), [round(v, 4) for v in loss.tolist()])
#> 'none': (3,) [0.0, 0.9, 0.6]
by_hand = [max(0.0, -yi * (a - b) + 0.5) for a, b, yi in zip(x1.tolist(), x2.tolist(), y.tolist())]
print("max(0, -y*(x1 - x2) + margin):", [round(v, 4) for v in by_hand])
#> max(0, -y*(x1 - x2) + margin): [0.0, 0.9, 0.6]
print("'mean':", round(nn.MarginRankingLoss(margin=0.5)(x1, x2, y).item(), 4))
#> 'mean': 0.5

zero_one = torch.tensor([1.0, 1.0, 0.0])
print("target 0 instead of -1:", [round(v, 4) for v in criterion(x1, x2, zero_one).tolist()])
#> target 0 instead of -1: [0.0, 0.9, 0.5]
