import numpy as np
import torch

a = np.array([1, 2, 3])
shared = torch.from_numpy(a)
copied = torch.tensor(a)

a[0] = 100
print(shared)
#> tensor([100,   2,   3])
print(copied)
#> tensor([1, 2, 3])

shared[1] = -1
print(a)
#> [100  -1   3]
