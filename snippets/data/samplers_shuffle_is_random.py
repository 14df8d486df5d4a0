import torch
from torch.utils.data import DataLoader, RandomSampler

dataset = list(range(8))

shuffled = DataLoader(dataset, batch_size=3, shuffle=True, generator=torch.Generator().manual_seed(0))
print("shuffle=True  ->", type(shuffled.sampler).__name__, "inside", type(shuffled.batch_sampler).__name__)
#> shuffle=True  -> RandomSampler inside BatchSampler
plain = DataLoader(dataset, batch_size=3)
print("shuffle=False ->", type(plain.sampler).__name__, "inside", type(plain.batch_sampler).__name__)
#> shuffle=False -> SequentialSampler inside BatchSampler
print("sampler uses the loader's generator:", shuffled.sampler.generator is shuffled.generator)
#> sampler uses the loader's generator: True

print("loader.sampler:        ", list(shuffled.sampler))
#> loader.sampler:         [4, 0, 7, 3, 2, 5, 1, 6]
print("RandomSampler(seed 0): ", list(RandomSampler(dataset, generator=torch.Generator().manual_seed(0))))
#> RandomSampler(seed 0):  [4, 0, 7, 3, 2, 5, 1, 6]
