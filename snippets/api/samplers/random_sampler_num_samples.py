import torch
from torch.utils.data import RandomSampler

dataset = list(range(6))
generator = torch.Generator().manual_seed(0)
sampler = RandomSampler(dataset, replacement=False, num_samples=9, generator=generator)
drawn = list(sampler)
print("replacement=False, num_samples=9:", drawn)
#> replacement=False, num_samples=9: [2, 5, 3, 0, 1, 4, 3, 0, 5]
print("first 6 a permutation:", sorted(drawn[:6]) == dataset)
#> first 6 a permutation: True
print("repeated:", sorted(i for i in set(drawn) if drawn.count(i) > 1))
#> repeated: [0, 3, 5]
