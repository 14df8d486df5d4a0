import numpy as np
import torch

array = np.arange(4)
try:
    torch.from_numpy(array[::-1])
except ValueError as e:
    print(type(e).__name__, str(e).split(",")[0])
    #> ValueError At least one stride in the given numpy array is negative
print(torch.from_numpy(array[::-1].copy()), torch.from_numpy(array).flip(0))
#> tensor([3, 2, 1, 0]) tensor([3, 2, 1, 0])
