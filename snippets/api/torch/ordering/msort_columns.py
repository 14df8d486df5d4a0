import numpy as np
import torch

x = torch.tensor([[3, 8, 1],
                  [1, 9, 7],
                  [2, 5, 4]])
print(torch.msort(x))
#> tensor([[1, 5, 1],
#>         [2, 8, 4],
#>         [3, 9, 7]])
print(torch.equal(torch.msort(x), torch.sort(x, dim=0).values))
#> True
print(torch.equal(torch.msort(x), torch.sort(x).values))
#> False
print(np.array_equal(torch.msort(x).numpy(), np.sort(x.numpy(), axis=0)))
#> True
print(type(torch.msort(x)).__name__)
#> Tensor
