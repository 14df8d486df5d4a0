import numpy as np
import torch

x = torch.tensor([-1.5, 0.5, 2.0])
try:
    torch.maximum(x, 0)
except TypeError as e:
    print(type(e).__name__, e)
    #> TypeError maximum(): argument 'other' (position 2) must be Tensor, not int
print(torch.maximum(x, torch.tensor(0.0)))
#> tensor([0.0000, 0.5000, 2.0000])
print(torch.clamp(x, min=0))
#> tensor([0.0000, 0.5000, 2.0000])
print(np.maximum(x.numpy(), 0))
#> [0.  0.5 2. ]
