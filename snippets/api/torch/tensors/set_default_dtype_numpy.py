import numpy as np
import torch

print(torch.get_default_dtype())
#> torch.float32
array = np.array([1.5, 2.5])
print(array.dtype, torch.tensor(array).dtype, torch.from_numpy(array).dtype)
#> float64 torch.float64 torch.float64
print(torch.tensor(array.tolist()).dtype, torch.tensor(array, dtype=torch.get_default_dtype()).dtype)
#> torch.float32 torch.float32
