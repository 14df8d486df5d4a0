import numpy as np
import torch

array = np.zeros(3, dtype=np.float64)
t = torch.as_tensor(array, dtype=torch.float32)
t += 1
print(array, t)
#> [0. 0. 0.] tensor([1., 1., 1.])
