import numpy as np
import torch

x = torch.tensor([-2.5, -0.0, 0.0, 3.0, float("nan")])
print(torch.sign(x))
#> tensor([-1.,  0.,  0.,  1.,  0.])
print(np.sign(x.numpy()))
#> [-1.  0.  0.  1. nan]
print(torch.sign(x).signbit())
#> tensor([ True, False, False, False, False])
print(torch.sign(torch.tensor([-3, 0, 2])), torch.sign(torch.tensor([True, False])))
#> tensor([-1,  0,  1]) tensor([ True, False])
