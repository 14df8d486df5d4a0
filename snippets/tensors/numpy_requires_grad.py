import numpy as np
import torch

w = torch.ones(3, requires_grad=True)
try:
    w.numpy()
except RuntimeError as error:
    print(error)
    #> Can't call numpy() on Tensor that requires grad. Use tensor.detach().numpy() instead.
try:
    np.asarray(w)
except RuntimeError as error:
    print("np.asarray:", type(error).__name__)
    #> np.asarray: RuntimeError

a = w.detach().numpy()
print(a, a.dtype)
#> [1. 1. 1.] float32

with torch.no_grad():
    w.mul_(2)
print(a)
#> [2. 2. 2.]
