import numpy as np
import torch

x = torch.tensor([1., 2., 3., 4.])
print(torch.median(x), np.median(x.numpy()))
#> tensor(2.) 2.5
print(torch.quantile(x, 0.5))
#> tensor(2.5000)
print(torch.median(torch.tensor([1, 2, 3, 4])))
#> tensor(2)
