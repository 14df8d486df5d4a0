import numpy as np
import torch

x = torch.tensor([1, 2, 3, 4], dtype=torch.int32)
s = torch.cumsum(x, dim=0)
print(s, s.dtype, x.sum().dtype)
#> tensor([ 1,  3,  6, 10]) torch.int64 torch.int64
print(np.array_equal(s.numpy(), np.cumsum(x.numpy())))
#> True
print(torch.cumsum(x, dim=0, dtype=torch.float64))
#> tensor([ 1.,  3.,  6., 10.], dtype=torch.float64)
print(torch.cumsum(torch.tensor([True, True, False, True]), dim=0))
#> tensor([1, 2, 2, 3])

m = torch.arange(1, 7).reshape(2, 3)
print(torch.cumsum(m, dim=0))
#> tensor([[1, 2, 3],
#>         [5, 7, 9]])
print(torch.cumsum(m, dim=1))
#> tensor([[ 1,  3,  6],
#>         [ 4,  9, 15]])
