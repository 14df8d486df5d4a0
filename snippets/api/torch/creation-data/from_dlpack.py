import numpy as np
import torch

array = np.arange(4.0)
t = torch.from_dlpack(array)
print(t.dtype, t.data_ptr() == array.ctypes.data)
#> torch.float64 True
t[0] = 10.0
print(array)
#> [10.  1.  2.  3.]

back = np.from_dlpack(t)
print(back.ctypes.data == t.data_ptr())
#> True

copied = torch.from_dlpack(array, copy=True)
same = torch.from_dlpack(array, device="cpu", copy=False)
print(copied.data_ptr() == array.ctypes.data, same.data_ptr() == array.ctypes.data)
#> False True

x = torch.arange(3)
print(torch.from_dlpack(x).data_ptr() == x.data_ptr(), torch.from_dlpack(x.__dlpack__()).tolist())
#> True [0, 1, 2]
