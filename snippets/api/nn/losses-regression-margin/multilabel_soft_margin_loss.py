import torch
import torch.nn.functional as F
from torch import nn

scores = torch.tensor([[2.0, -1.0, 0.5, 0.0], [-0.5, 1.5, 1.0, -2.0]])
multi_hot = torch.tensor([[1.0, 0.0, 0.0, 1.0], [0.0, 1.0, 1.0, 0.0]])

criterion = nn.MultiLabelSoftMarginLoss(reduction="none")
loss = criterion(scores, multi_hot)
print("'none':", tuple(loss.shape), [round(v, 4) for v in loss.tolist()])
#> 'none': (2,) [0.5269, 0.2789]
by_hand = F.binary_cross_entropy_with_logits(scores, multi_hot, reduction="none").mean(dim=1)
print("mean over classes of BCE with logits:", [round(v, 4) for v in by_hand.tolist()])
#> mean over classes of BCE with logits: [0.5269, 0.2789]
print("'mean':", round(nn.MultiLabelSoftMarginLoss()(scores, multi_hot).item(), 4))
#> 'mean': 0.4029

weighted = nn.MultiLabelSoftMarginLoss(weight=torch.tensor([1.0, 1.0, 1.0, 3.0]))
print("parameters:", list(weighted.parameters()), "buffers:", [(name, tuple(b.shape)) for name, b in weighted.named_buffers()])
#> parameters: [] buffers: [('weight', (4,))]

indices = torch.tensor([[0, 3, -1, -1], [1, 2, -1, -1]])
print("class indices instead of multi-hot:", [round(v, 4) for v in criterion(scores, indices).tolist()])
#> class indices instead of multi-hot: [1.9019, 0.0289]
