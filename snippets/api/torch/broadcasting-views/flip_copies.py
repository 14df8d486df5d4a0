import numpy as np
import torch

x = torch.arange(6).reshape(2, 3)
f = torch.flip(x, dims=(1,))
print(f.data_ptr() == x.data_ptr(), torch.fliplr(x).data_ptr() == x.data_ptr())
#> False False
x[0, 0] = 100
print(f[0])
#> tensor([2, 1, 0])

a = np.arange(6, dtype=np.int64).reshape(2, 3)
nf = np.flip(a, axis=1)
print(np.shares_memory(a, nf), nf.strides)
#> True (24, -8)
a[0, 0] = 100
print(nf[0])
#> [  2   1 100]
