import numpy as np
import torch

m = torch.tensor([[1, 2], [3, 4]])
try:
    torch.cumsum(m)
except TypeError as e:
    print(type(e).__name__, e)
    #> TypeError cumsum() missing 1 required positional arguments: "dim"
print(np.cumsum(m.numpy()))
#> [ 1  3  6 10]
print(torch.cumsum(m.flatten(), dim=0))
#> tensor([ 1,  3,  6, 10])
