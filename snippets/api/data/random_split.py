import torch
from torch.utils.data import random_split

data = list(range(10))
train, val = random_split(data, [0.8, 0.2], generator=torch.Generator().manual_seed(0))
print(len(train), len(val))
#> 8 2
print(sorted(train.indices + val.indices) == data)
#> True

again, _ = random_split(data, [0.8, 0.2], generator=torch.Generator().manual_seed(0))
print(list(train) == list(again))
#> True

parts = random_split(range(10), [0.75, 0.25], generator=torch.Generator().manual_seed(0))
print([len(p) for p in parts])
#> [8, 2]
