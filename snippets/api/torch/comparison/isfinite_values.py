import numpy as np
import torch

x = torch.tensor([1.0, float("inf"), -float("inf"), float("nan")])
print(torch.isfinite(x))
#> tensor([ True, False, False, False])
print(np.isfinite(x.numpy()))
#> [ True False False False]
print(torch.equal(torch.isfinite(x), ~(torch.isinf(x) | torch.isnan(x))))
#> True
print(x[torch.isfinite(x)])
#> tensor([1.])
print(torch.isfinite(torch.tensor([1, 2])))
#> tensor([True, True])
print(torch.isfinite(torch.tensor([complex(1.0, float("inf"))])))
#> tensor([False])
