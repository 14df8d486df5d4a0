import torch
from torch.utils.data import DataLoader

data = torch.arange(8)


def two_epochs(seed):
    loader = DataLoader(data, batch_size=8, shuffle=True, generator=torch.Generator().manual_seed(seed))
    return [next(iter(loader)).tolist() for _ in range(2)]


a = two_epochs(0)
b = two_epochs(0)
c = two_epochs(1)
print("seed 0:", a)
#> seed 0: [[5, 3, 1, 7, 2, 6, 4, 0], [2, 0, 5, 6, 4, 1, 3, 7]]
print("seed 0:", b)
#> seed 0: [[5, 3, 1, 7, 2, 6, 4, 0], [2, 0, 5, 6, 4, 1, 3, 7]]
print("seed 1:", c)
#> seed 1: [[4, 0, 3, 6, 7, 1, 5, 2], [1, 6, 7, 0, 4, 5, 2, 3]]
print("same seed, same order:", a == b)
#> same seed, same order: True
print("epochs differ:", a[0] != a[1])
#> epochs differ: True
