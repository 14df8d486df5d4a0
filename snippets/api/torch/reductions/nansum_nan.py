import numpy as np
import torch

x = torch.tensor([[1., float("nan")],
                  [2., 3.]])
print(torch.sum(x), torch.nansum(x), np.nansum(x.numpy()))
#> tensor(nan) tensor(6.) 6.0
print(torch.nansum(x, dim=0), torch.nansum(x, dim=1, keepdim=True).shape)
#> tensor([3., 3.]) torch.Size([2, 1])
print(torch.nansum(torch.tensor([float("nan"), float("nan")])))
#> tensor(0.)
print(torch.nansum(torch.tensor([1, 2], dtype=torch.int32)).dtype, torch.nansum(x, dtype=torch.float64).dtype)
#> torch.int64 torch.float64
