import numpy as np
import torch

nan = float("nan")
a = torch.tensor([1.0, 5.0, nan, nan])
b = torch.tensor([3.0, 2.0, 0.0, nan])
print(torch.fmax(a, b))
#> tensor([3., 5., 0., nan])
print(np.fmax(a.numpy(), b.numpy()))
#> [ 3.  5.  0. nan]
print(torch.maximum(a, b))
#> tensor([3., 5., nan, nan])
print(torch.fmax(torch.tensor([1, 5]), torch.tensor([3, 2])))
#> tensor([3, 5])
