import torch
from torch.utils.data import RandomSampler, SequentialSampler

dataset = list(range(6))

sequential = SequentialSampler(dataset)
print("sequential:", list(sequential), len(sequential))
#> sequential: [0, 1, 2, 3, 4, 5] 6

generator = torch.Generator().manual_seed(0)
shuffled = RandomSampler(dataset, generator=generator)
print("random, epoch 0:", list(shuffled), len(shuffled))
#> random, epoch 0: [2, 5, 3, 0, 1, 4] 6
print("random, epoch 1:", list(shuffled), len(shuffled))
#> random, epoch 1: [5, 2, 1, 3, 4, 0] 6

generator = torch.Generator().manual_seed(0)
with_replacement = RandomSampler(dataset, replacement=True, num_samples=10, generator=generator)
drawn = list(with_replacement)
print("replacement=True, num_samples=10:", drawn, len(with_replacement))
#> replacement=True, num_samples=10: [2, 3, 5, 0, 1, 3, 1, 1, 1, 3] 10
print("distinct:", len(set(drawn)), "never drawn:", sorted(set(dataset) - set(drawn)))
#> distinct: 5 never drawn: [4]

generator = torch.Generator().manual_seed(0)
longer = RandomSampler(dataset, num_samples=9, generator=generator)
print("replacement=False, num_samples=9:", list(longer), len(longer))
#> replacement=False, num_samples=9: [2, 5, 3, 0, 1, 4, 3, 0, 5] 9
