import numpy as np
import torch

u = torch.tensor([0, 1, 255], dtype=torch.uint8)
print(torch.gt(u, -1))
#> tensor([False, False, False])
print(torch.eq(u, -1))
#> tensor([False, False,  True])
print(np.array([0, 1, 255], dtype=np.uint8) > -1)
#> [ True  True  True]
print(torch.gt(u.to(torch.int16), -1))
#> tensor([True, True, True])
