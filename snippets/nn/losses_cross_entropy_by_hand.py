import torch
import torch.nn as nn
import torch.nn.functional as F

logits = torch.tensor([[2.0, 0.5, -1.0],
                       [0.1, 0.2, 3.0]])
target = torch.tensor([0, 2])

module_loss = nn.CrossEntropyLoss()(logits, target)
two_steps = F.nll_loss(F.log_softmax(logits, dim=1), target)
log_probs = F.log_softmax(logits, dim=1)
by_hand = -log_probs[torch.arange(2), target].mean()

print(round(module_loss.item(), 4), round(two_steps.item(), 4), round(by_hand.item(), 4))
#> 0.1755 0.1755 0.1755
print(torch.allclose(module_loss, two_steps), torch.allclose(module_loss, by_hand))
#> True True
