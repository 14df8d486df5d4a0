import torch
import torch.nn as nn
import torch.nn.functional as F

criterion = nn.CrossEntropyLoss()
logits = torch.tensor([[2.0, 0.5, -1.0],
                       [0.1, 0.2, 3.0]])
index_target = torch.tensor([0, 2])
one_hot_target = F.one_hot(index_target, num_classes=3).float()
soft_target = torch.tensor([[0.7, 0.2, 0.1],
                            [0.0, 0.5, 0.5]])

print(index_target.dtype, one_hot_target.dtype)
#> torch.int64 torch.float32
print(round(criterion(logits, index_target).item(), 4),
      round(criterion(logits, one_hot_target).item(), 4))
#> 0.1755 0.1755

soft_loss = criterion(logits, soft_target)
by_hand = -(soft_target * F.log_softmax(logits, dim=1)).sum(dim=1).mean()
print(round(soft_loss.item(), 4), round(by_hand.item(), 4))
#> 1.1755 1.1755
