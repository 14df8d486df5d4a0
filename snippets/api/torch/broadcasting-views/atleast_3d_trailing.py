import numpy as np
import torch

v = torch.tensor([1.0, 2.0, 3.0])
m = torch.ones(2, 3)
print(tuple(torch.atleast_3d(v).shape), np.atleast_3d(v.numpy()).shape)
#> (1, 3, 1) (1, 3, 1)
print(tuple(torch.atleast_3d(m).shape), np.atleast_3d(m.numpy()).shape)
#> (2, 3, 1) (2, 3, 1)
print(tuple(m.unsqueeze(0).shape))
#> (1, 2, 3)
