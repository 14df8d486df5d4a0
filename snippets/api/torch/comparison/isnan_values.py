import numpy as np
import torch

x = torch.tensor([1.0, 0.0, float("inf")]) / torch.tensor([1.0, 0.0, float("inf")])
print(x)
#> tensor([1., nan, nan])
print(torch.isnan(x))
#> tensor([False,  True,  True])
print(np.isnan(x.numpy()))
#> [False  True  True]
print(torch.isnan(x).any().item(), torch.isnan(x).sum().item())
#> True 2
print(torch.isnan(torch.tensor([1, 2])))
#> tensor([False, False])
