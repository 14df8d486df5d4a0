import torch
import torch.nn.functional as F
from torch import nn

a = torch.tensor([[1.0, 0.0], [1.0, 0.0], [1.0, 1.0]])
b = torch.tensor([[1.0, 1.0], [0.0, 1.0], [1.0, 0.9]])
y = torch.tensor([1, -1, -1])

criterion = nn.CosineEmbeddingLoss(margin=0.2, reduction="none")
loss = criterion(a, b, y)
cos = F.cosine_similarity(a, b, dim=1)
print("cos:", [round(v, 4) for v in cos.tolist()])
#> cos: [0.7071, 0.0, 0.9986]
print("'none':", tuple(loss.shape), [round(v, 4) for v in loss.tolist()])
#> 'none': (3,) [0.2929, 0.0, 0.7986]
by_hand = [1 - c if t == 1 else max(0.0, c - 0.2) for c, t in zip(cos.tolist(), y.tolist())]
print("1 - cos if y = 1, max(0, cos - margin) if y = -1:", [round(v, 4) for v in by_hand])
#> 1 - cos if y = 1, max(0, cos - margin) if y = -1: [0.2929, 0.0, 0.7986]
print("'mean':", round(nn.CosineEmbeddingLoss(margin=0.2)(a, b, y).item(), 4))
#> 'mean': 0.3638
print("target 0 instead of -1:", [round(v, 4) for v in criterion(a, b, torch.tensor([1, 0, 0])).tolist()])
#> target 0 instead of -1: [0.2929, 0.0, 0.0]
