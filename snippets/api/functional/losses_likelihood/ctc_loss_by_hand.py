import itertools
import math

import torch
import torch.nn.functional as F

torch.manual_seed(0)
torch.set_printoptions(precision=4)
steps, num_classes = 3, 3
log_probs = torch.randn(steps, 1, num_classes).log_softmax(dim=2)
target = [1, 2]


def collapse(path, blank=0):
    merged = [label for i, label in enumerate(path) if i == 0 or label != path[i - 1]]
    return [label for label in merged if label != blank]


paths = [p for p in itertools.product(range(num_classes), repeat=steps) if collapse(p) == target]
print(paths)
#> [(0, 1, 2), (1, 0, 2), (1, 1, 2), (1, 2, 0), (1, 2, 2)]
total = sum(math.exp(sum(log_probs[t, 0, label].item() for t, label in enumerate(p))) for p in paths)
loss = F.ctc_loss(log_probs, torch.tensor([target]), torch.tensor([steps]), torch.tensor([len(target)]), reduction="sum")
print(loss, round(-math.log(total), 4))
#> tensor(3.3811) 3.3811
