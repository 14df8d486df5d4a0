import torch
from torch import nn

distance = torch.tensor([0.3, 0.4, 1.5, 0.2])
y = torch.tensor([1.0, -1.0, -1.0, 1.0])

criterion = nn.HingeEmbeddingLoss(margin=1.0, reduction="none")
loss = criterion(distance, y)
print("'none':", tuple(loss.shape), [round(v, 4) for v in loss.tolist()])
#> 'none': (4,) [0.3, 0.6, 0.0, 0.2]
by_hand = [d if t == 1 else max(0.0, 1.0 - d) for d, t in zip(distance.tolist(), y.tolist())]
print("x if y = 1, max(0, margin - x) if y = -1:", [round(v, 4) for v in by_hand])
#> x if y = 1, max(0, margin - x) if y = -1: [0.3, 0.6, 0.0, 0.2]
print("'mean':", round(nn.HingeEmbeddingLoss()(distance, y).item(), 4), "| 'sum':", round(nn.HingeEmbeddingLoss(reduction="sum")(distance, y).item(), 4))
#> 'mean': 0.275 | 'sum': 1.1

zero_one = torch.tensor([1.0, 0.0, 0.0, 1.0])
print("target 0 instead of -1:", [round(v, 4) for v in criterion(distance, zero_one).tolist()])
#> target 0 instead of -1: [0.3, 1.0, 1.5, 0.2]
