import numpy as np
import torch

nan = float("nan")
x = torch.tensor([[1., nan, 3., 2.], [4., 5., 6., 7.]])
print(torch.quantile(x, 0.5, dim=1))
#> tensor([   nan, 5.5000])
print(torch.nanquantile(x, 0.5, dim=1), np.nanquantile(x.numpy(), 0.5, axis=1))
#> tensor([2.0000, 5.5000]) [2.  5.5]
t = torch.nanquantile(x, torch.tensor([0.0, 1.0]), dim=1, keepdim=True)
print(t.shape, t[:, 0, 0])
#> torch.Size([2, 2, 1]) tensor([1., 3.])
