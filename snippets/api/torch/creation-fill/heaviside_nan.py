import numpy as np
import torch

x = torch.tensor([-1.0, 0.0, float("nan")])
step = torch.heaviside(x, torch.tensor(0.5))
print(step)
#> tensor([0.0000, 0.5000, 0.0000])
print(np.heaviside(x.numpy(), 0.5))
#> [0.  0.5 nan]
print(torch.where(x.isnan(), x, step))
#> tensor([0.0000, 0.5000,    nan])
