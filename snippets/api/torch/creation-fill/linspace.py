import numpy as np
import torch

t = torch.linspace(0, 1, 5)
print(t, t.dtype)
#> tensor([0.0000, 0.2500, 0.5000, 0.7500, 1.0000]) torch.float32
print(np.allclose(t.numpy(), np.linspace(0, 1, 5)))
#> True
print(torch.linspace(2, -2, 3))
#> tensor([ 2.,  0., -2.])
print(torch.linspace(0, 10, 5, dtype=torch.int64))
#> tensor([ 0,  2,  5,  7, 10])
try:
    torch.linspace(0, 1)
except TypeError as e:
    print(type(e).__name__, str(e).splitlines()[0][:55])
    #> TypeError linspace() received an invalid combination of arguments
