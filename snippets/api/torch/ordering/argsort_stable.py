import numpy as np
import torch

x = torch.tensor([30, 10, 20, 10, 20])
idx = torch.argsort(x, stable=True)
print(idx, x[idx])
#> tensor([1, 3, 2, 4, 0]) tensor([10, 10, 20, 20, 30])
print(torch.equal(idx, torch.sort(x, stable=True).indices))
#> True
print(np.array_equal(idx.numpy(), np.argsort(x.numpy(), kind="stable")))
#> True
print(torch.argsort(x, descending=True, stable=True))
#> tensor([0, 2, 4, 1, 3])

m = torch.tensor([[3, 1, 2],
                  [0, 5, 4]])
print(torch.argsort(m))
#> tensor([[1, 2, 0],
#>         [0, 2, 1]])
print(torch.argsort(m, dim=0))
#> tensor([[1, 0, 0],
#>         [0, 1, 1]])
