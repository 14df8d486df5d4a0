import numpy as np
import torch

nan = float("nan")
a = torch.tensor([1.0, 5.0, nan, nan])
b = torch.tensor([3.0, 2.0, 0.0, nan])
print(torch.fmin(a, b))
#> tensor([1., 2., 0., nan])
print(np.fmin(a.numpy(), b.numpy()))
#> [ 1.  2.  0. nan]
print(torch.minimum(a, b))
#> tensor([1., 2., nan, nan])
print(torch.fmin(torch.tensor([1, 5]), torch.tensor([2.5, 0.0])))
#> tensor([1., 0.])
