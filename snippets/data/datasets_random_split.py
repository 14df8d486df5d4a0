import torch
from torch.utils.data import random_split

data = list(range(10))

train, val = random_split(data, [8, 2], generator=torch.Generator().manual_seed(42))
print("lengths [8, 2]:", len(train), len(val))
#> lengths [8, 2]: 8 2
print("train indices:", train.indices)
#> train indices: [2, 6, 1, 8, 4, 5, 0, 9]
print("val indices:  ", val.indices)
#> val indices:   [3, 7]

again, _ = random_split(data, [8, 2], generator=torch.Generator().manual_seed(42))
print("same generator seed, same split:", again.indices == train.indices)
#> same generator seed, same split: True

torch.manual_seed(0)
first, _ = random_split(data, [8, 2])
torch.manual_seed(0)
torch.rand(1)
second, _ = random_split(data, [8, 2])
print("global RNG, one draw in between, same split:", first.indices == second.indices)
#> global RNG, one draw in between, same split: False

parts = random_split(range(11), [0.7, 0.3], generator=torch.Generator().manual_seed(0))
print("fractions [0.7, 0.3] of 11:", [len(p) for p in parts])
#> fractions [0.7, 0.3] of 11: [8, 3]

try:
    random_split(data, [7, 2])
except ValueError as error:
    print("ValueError:", error)
    #> ValueError: Sum of input lengths does not equal the length of the input dataset!
