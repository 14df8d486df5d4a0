import torch
from torch.utils.data import DataLoader, RandomSampler

dataset = list(range(6))
print("DataLoader(dataset, shuffle=True).sampler:", type(DataLoader(dataset, shuffle=True).sampler).__name__)
#> DataLoader(dataset, shuffle=True).sampler: RandomSampler

generator = torch.Generator().manual_seed(0)
sampler = RandomSampler(dataset, generator=generator)
first, second = list(sampler), list(sampler)
print("epoch 0:", first, " epoch 1:", second)
#> epoch 0: [2, 5, 3, 0, 1, 4]  epoch 1: [5, 2, 1, 3, 4, 0]
print("each a permutation:", sorted(first) == dataset and sorted(second) == dataset)
#> each a permutation: True

generator = torch.Generator().manual_seed(0)
again = RandomSampler(dataset, generator=generator)
print("same seed, same orders:", list(again) == first and list(again) == second)
#> same seed, same orders: True

generator = torch.Generator().manual_seed(0)
with_replacement = RandomSampler(dataset, replacement=True, num_samples=8, generator=generator)
drawn = list(with_replacement)
print("replacement=True, num_samples=8:", drawn, "len", len(with_replacement))
#> replacement=True, num_samples=8: [2, 3, 5, 0, 1, 3, 1, 1] len 8
print("never drawn:", sorted(set(dataset) - set(drawn)))
#> never drawn: [4]
