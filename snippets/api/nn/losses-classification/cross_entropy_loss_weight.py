import warnings

import torch
from torch import nn

logits = torch.tensor([[2.0, 0.0, -1.0], [0.5, 1.5, 0.0], [0.0, 0.0, 0.0]])
target = torch.tensor([0, 2, 1])
weight = torch.tensor([1.0, 4.0, 2.0])

criterion = nn.CrossEntropyLoss(weight=weight)
print("parameters:", list(criterion.parameters()), "buffers:", [(name, tuple(b.shape)) for name, b in criterion.named_buffers()])
#> parameters: [] buffers: [('weight', (3,))]

per_sample = nn.CrossEntropyLoss(reduction="none")(logits, target)
weighted = criterion(logits, target)
w = weight[target]
print("w[target]:", w.tolist())
#> w[target]: [1.0, 2.0, 4.0]
print("weighted 'mean':", round(weighted.item(), 4))
#> weighted 'mean': 1.2133
print("sum(w*l) / sum(w):", round(((w * per_sample).sum() / w.sum()).item(), 4))
#> sum(w*l) / sum(w): 1.2133
print("sum(w*l) / N:     ", round(((w * per_sample).sum() / 3).item(), 4))
#> sum(w*l) / N:      2.831
print("weight * 10:     ", round(nn.CrossEntropyLoss(weight=weight * 10)(logits, target).item(), 4))
#> weight * 10:      1.2133

ignored = nn.CrossEntropyLoss(ignore_index=2)(logits, target)
print("ignore_index=2:", round(ignored.item(), 4), "= mean of samples 0, 2:", round(per_sample[[0, 2]].mean().item(), 4))
#> ignore_index=2: 0.6342 = mean of samples 0, 2: 0.6342

smooth = nn.CrossEntropyLoss(label_smoothing=0.3, reduction="none")(logits, target)
soft = torch.full((3, 3), 0.3 / 3)
soft[torch.arange(3), target] += 0.7
print("label_smoothing=0.3 = soft target:", torch.allclose(smooth, nn.CrossEntropyLoss(reduction="none")(logits, soft)))
#> label_smoothing=0.3 = soft target: True

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    old = nn.CrossEntropyLoss(size_average=False)
print("size_average=False ->", repr(old.reduction), "|", caught[0].category.__name__)
#> size_average=False -> 'sum' | UserWarning
print(str(caught[0].message))
#> size_average and reduce args will be deprecated, please use reduction='sum' instead.
