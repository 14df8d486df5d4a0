import numpy as np
import torch

nan = float("nan")
x = torch.tensor([[1., nan, 3., 2.], [nan, nan, 5., 4.]])
print(torch.median(x, dim=1).values)
#> tensor([nan, nan])
result = torch.nanmedian(x, dim=1)
print(type(result).__name__, result.values, result.indices)
#> nanmedian tensor([2., 4.]) tensor([3, 3])
print(torch.nanmedian(x), np.nanmedian(x.numpy()))
#> tensor(3.) 3.0
print(torch.nanmedian(torch.tensor([nan, nan])))
#> tensor(nan)
