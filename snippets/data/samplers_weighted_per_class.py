from collections import Counter

import torch
from torch.utils.data import WeightedRandomSampler

labels = torch.tensor([0] * 900 + [1] * 100)
per_class = torch.tensor([0.1, 0.9])

generator = torch.Generator().manual_seed(1)
wrong = WeightedRandomSampler(per_class, num_samples=1000, generator=generator)
indices = list(wrong)
print("per-class weights:  indices drawn", sorted(set(indices)),
      " labels", dict(Counter(labels[indices].tolist())))
#> per-class weights:  indices drawn [0, 1]  labels {0: 1000}

per_sample = per_class[labels]
right = WeightedRandomSampler(per_sample, num_samples=1000, generator=generator)
indices = list(right)
print("per-sample weights: indices drawn", len(set(indices)), "distinct",
      " labels", dict(sorted(Counter(labels[indices].tolist()).items())))
#> per-sample weights: indices drawn 484 distinct  labels {0: 498, 1: 502}
