import numpy as np
import torch

x = torch.tensor([2.0, float("nan"), -float("inf"), 1.0, float("inf")])
print(torch.sort(x).values)
#> tensor([-inf, 1., 2., inf, nan])
print(np.sort(x.numpy()))
#> [-inf   1.   2.  inf  nan]
print(np.array_equal(torch.sort(x).values.numpy(), np.sort(x.numpy()), equal_nan=True))
#> True
print(torch.sort(x, descending=True).values)
#> tensor([nan, inf, 2., 1., -inf])
print(torch.topk(x, 2).values)
#> tensor([nan, inf])
