import numpy as np
import torch

m = torch.arange(6).reshape(2, 3)
t = torch.ravel(m.T)
print(t, t.data_ptr() == m.data_ptr())
#> tensor([0, 3, 1, 4, 2, 5]) False
print(np.array_equal(t.numpy(), np.ravel(m.numpy().T)), torch.equal(t, torch.flatten(m.T)))
#> True True

r = torch.ravel(m)
print(r, r.data_ptr() == m.data_ptr())
#> tensor([0, 1, 2, 3, 4, 5]) True
r[0] = 100
print(m[0, 0].item())
#> 100
