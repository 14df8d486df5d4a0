import torch
import torch.nn as nn

torch.set_printoptions(precision=4)
logits = torch.tensor([[2.0, 0.5, -1.0],
                       [0.1, 0.2, 3.0],
                       [1.0, 1.0, 1.0]])
target = torch.tensor([0, 2, -100])
per_sample = nn.CrossEntropyLoss(reduction="none")(logits, target)
print(per_sample)
#> tensor([0.2413, 0.1096, 0.0000])

ignored = nn.CrossEntropyLoss()(logits, target)
print(ignored, per_sample[:2].mean())
#> tensor(0.1755) tensor(0.1755)

weight = torch.tensor([1.0, 1.0, 3.0])
target = torch.tensor([0, 2, 1])
weighted = nn.CrossEntropyLoss(weight=weight)(logits, target)
losses = nn.CrossEntropyLoss(reduction="none")(logits, target)
w = weight[target]
print(weighted, (w * losses).sum() / w.sum())
#> tensor(0.3337) tensor(0.3337)
