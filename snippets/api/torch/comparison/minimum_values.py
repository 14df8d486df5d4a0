import numpy as np
import torch

a = torch.tensor([1.0, 5.0, float("nan")])
b = torch.tensor([3.0, 2.0, 0.0])
print(torch.minimum(a, b))
#> tensor([1., 2., nan])
print(np.minimum(a.numpy(), b.numpy()))
#> [ 1.  2. nan]
print(torch.minimum(torch.tensor([1, 5]), torch.tensor([2.5, 0.0])))
#> tensor([1., 0.])
