import torch
import torch.nn.functional as F

torch.set_printoptions(precision=4)
logits = torch.tensor([[2.0, 0.5, -1.0],
                       [0.1, 0.2, 3.0]])
target = torch.tensor([0, 2])
eps = 0.1

smoothed = F.cross_entropy(logits, target, label_smoothing=eps)
log_probs = F.log_softmax(logits, dim=1)
nll = -log_probs[torch.arange(2), target]
uniform = -log_probs.mean(dim=1)
by_hand = ((1 - eps) * nll + eps * uniform).mean()
print(F.cross_entropy(logits, target), smoothed, by_hand)
#> tensor(0.1755) tensor(0.3455) tensor(0.3455)
