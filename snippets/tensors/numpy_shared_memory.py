import numpy as np
import torch

t = torch.zeros(3)
a = t.numpy()
a[0] = 1.0
t[1] = 2.0
print(t)
#> tensor([1., 2., 0.])
print(a)
#> [1. 2. 0.]

b = np.zeros(3)
s = torch.from_numpy(b)
s += 5
b[2] = -1.0
print(b)
#> [ 5.  5. -1.]
print(s)
#> tensor([ 5.,  5., -1.], dtype=torch.float64)
print(np.shares_memory(a, t.numpy()), s.data_ptr() == b.ctypes.data)
#> True True
