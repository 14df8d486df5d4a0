import numpy as np
import torch

print(torch.unravel_index(torch.tensor([12, 13, -1]), (3, 4)))
#> (tensor([0, 0, 2]), tensor([0, 1, 3]))
try:
    np.unravel_index(12, (3, 4))
except ValueError as e:
    print(type(e).__name__, str(e).splitlines()[0][:80])
    #> ValueError index 12 is out of bounds for array with size 12
