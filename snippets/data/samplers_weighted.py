from collections import Counter

import torch
from torch.utils.data import WeightedRandomSampler

labels = torch.tensor([0] * 900 + [1] * 100)
class_counts = torch.bincount(labels)
print("class counts before:", class_counts.tolist())
#> class counts before: [900, 100]

class_weights = 1.0 / class_counts
sample_weights = class_weights[labels]
print("sample_weights:", tuple(sample_weights.shape),
      " class 0:", round(sample_weights[0].item(), 5),
      " class 1:", round(sample_weights[-1].item(), 5),
      " sum:", round(sample_weights.sum().item(), 3))
#> sample_weights: (1000,)  class 0: 0.00111  class 1: 0.01  sum: 2.0

generator = torch.Generator().manual_seed(1)
sampler = WeightedRandomSampler(sample_weights, num_samples=1000, replacement=True, generator=generator)
print("len(sampler):", len(sampler))
#> len(sampler): 1000
for epoch in range(3):
    indices = list(sampler)
    after = Counter(labels[indices].tolist())
    print(f"epoch {epoch} class counts after:", [after[0], after[1]])
    #> epoch 0 class counts after: [487, 513]
    #> epoch 1 class counts after: [498, 502]
    #> epoch 2 class counts after: [512, 488]
distinct = Counter(labels[sorted(set(indices))].tolist())
print("epoch 2 distinct samples: class 0", distinct[0], "of 900, class 1", distinct[1], "of 100")
#> epoch 2 distinct samples: class 0 400 of 900, class 1 98 of 100
