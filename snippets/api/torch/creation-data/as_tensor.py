import numpy as np
import torch

array = np.array([1.0, 2.0, 3.0])
t = torch.as_tensor(array)
print(t.dtype, t.data_ptr() == array.ctypes.data)
#> torch.float64 True
t[0] = -1.0
print(array)
#> [-1.  2.  3.]

cast = torch.as_tensor(array, dtype=torch.float32)
print(cast.dtype, cast.data_ptr() == array.ctypes.data)
#> torch.float32 False

x = torch.arange(3.0)
print(torch.as_tensor(x) is x, torch.as_tensor(x, dtype=torch.float64) is x)
#> True False

values = [1.0, 2.0]
from_list = torch.as_tensor(values, device="cpu")
values[0] = 9.0
print(from_list, from_list.dtype)
#> tensor([1., 2.]) torch.float32
