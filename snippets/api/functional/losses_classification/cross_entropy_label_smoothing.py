import torch
import torch.nn.functional as F

torch.manual_seed(0)
torch.set_printoptions(precision=4)
logits = torch.tensor([[2.0, 0.5, -1.0], [0.1, 0.2, 3.0], [1.0, 1.0, 1.0]])
classes = torch.tensor([0, 2, 1])
eps = 0.1

smoothed = F.cross_entropy(logits, classes, label_smoothing=eps, reduction="none")
soft_target = (1 - eps) * F.one_hot(classes, 3).float() + eps / 3
print(soft_target[0])
#> tensor([0.9333, 0.0333, 0.0333])
print(smoothed)
#> tensor([0.3913, 0.2996, 1.0986])
print(torch.allclose(smoothed, F.cross_entropy(logits, soft_target, reduction="none")))
#> True
print(F.cross_entropy(logits, classes, reduction="none"))
#> tensor([0.2413, 0.1096, 1.0986])
