import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
torch.set_printoptions(precision=4)
logits = torch.tensor([[2.0, 0.5, -1.0], [0.1, 0.2, 3.0], [1.0, 1.0, 1.0]])
classes = torch.tensor([0, 2, 1])
probs = torch.tensor([[0.7, 0.2, 0.1], [0.0, 0.0, 1.0], [0.0, 1.0, 0.0]])
log_p = F.log_softmax(logits, dim=1)

by_index = F.cross_entropy(logits, classes, reduction="none")
print(by_index, torch.allclose(by_index, -log_p[torch.arange(3), classes]))
#> tensor([0.2413, 0.1096, 1.0986]) True
by_probs = F.cross_entropy(logits, probs, reduction="none")
print(by_probs, torch.allclose(by_probs, -(probs * log_p).sum(dim=1)))
#> tensor([0.8413, 0.1096, 1.0986]) True
print(F.cross_entropy(logits, classes), by_index.mean())
#> tensor(0.4832) tensor(0.4832)

print(F.cross_entropy(F.softmax(logits, dim=1), classes, reduction="none"))
#> tensor([0.7017, 0.6204, 1.0986])
print(torch.equal(nn.CrossEntropyLoss()(logits, classes), F.cross_entropy(logits, classes)))
#> True
