import torch
import torch.nn.functional as F

torch.manual_seed(0)
torch.set_printoptions(precision=4)
logits = torch.tensor([[2.0, 0.5, -1.0], [0.1, 0.2, 3.0], [1.0, 1.0, 1.0]])
classes = torch.tensor([0, 2, 1])
weight = torch.tensor([1.0, 2.0, 4.0])

per_sample = F.cross_entropy(logits, classes, weight=weight, reduction="none")
print(per_sample, weight[classes])
#> tensor([0.2413, 0.4384, 2.1972]) tensor([1., 4., 2.])
print(F.cross_entropy(logits, classes, weight=weight), per_sample.sum() / weight[classes].sum(), per_sample.mean())
#> tensor(0.4110) tensor(0.4110) tensor(0.9590)

probs = F.one_hot(classes, 3).float()
print(F.cross_entropy(logits, probs, weight=weight), F.cross_entropy(logits, probs, weight=weight, reduction="none").mean())
#> tensor(0.9590) tensor(0.9590)

padded = torch.tensor([0, -100, 1])
ignored = F.cross_entropy(logits, padded, reduction="none")
print(ignored, F.cross_entropy(logits, padded), ignored.sum() / 2)
#> tensor([0.2413, 0.0000, 1.0986]) tensor(0.6700) tensor(0.6700)
print(F.cross_entropy(logits, classes, ignore_index=2, reduction="none"))
#> tensor([0.2413, 0.0000, 1.0986])
print(F.cross_entropy(logits, torch.full((3,), -100)))
#> tensor(nan)
