import numpy as np
import torch

x = torch.tensor([-1.5, 0.0, 2.0, 0.0])
print(torch.heaviside(x, torch.tensor(0.5)))
#> tensor([0.0000, 0.5000, 1.0000, 0.5000])
print(torch.heaviside(x, torch.tensor([9.0, 7.0, 9.0, 3.0])))
#> tensor([0., 7., 1., 3.])
print(np.heaviside(x.numpy(), 0.5))
#> [0.  0.5 1.  0.5]
try:
    torch.heaviside(x, 0.5)
except TypeError as e:
    print(type(e).__name__, str(e).splitlines()[0][:69])
    #> TypeError heaviside(): argument 'values' (position 2) must be Tensor, not float
try:
    torch.heaviside(x, torch.tensor(0.5, dtype=torch.float64))
except RuntimeError as e:
    print(type(e).__name__, str(e).splitlines()[0][:66])
    #> RuntimeError heaviside is not yet implemented for tensors with different dtypes
