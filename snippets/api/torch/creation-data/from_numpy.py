import numpy as np
import torch

array = np.arange(6, dtype=np.int32).reshape(2, 3)
t = torch.from_numpy(array)
print(t.dtype, t.data_ptr() == array.ctypes.data)
#> torch.int32 True
array[0, 0] = 9
t[1, 2] = -5
print(t)
#> tensor([[ 9,  1,  2],
#>         [ 3,  4, -5]], dtype=torch.int32)
print(array)
#> [[ 9  1  2]
#>  [ 3  4 -5]]

every_other = torch.from_numpy(array[:, ::2])
print(every_other.stride(), array[:, ::2].strides)
#> (3, 2) (12, 8)

print(torch.from_numpy(np.array([0.5])).dtype, torch.from_numpy(np.array([0.5], dtype=np.float32)).dtype)
#> torch.float64 torch.float32
print(torch.from_numpy(np.array(2.0)))
#> tensor(2., dtype=torch.float64)
