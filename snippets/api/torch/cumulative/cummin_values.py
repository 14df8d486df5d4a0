from itertools import accumulate

import torch

x = torch.tensor([3, 1, 4, 1, 5, 9, 2, 6])
values, indices = torch.cummin(x, dim=0)
print(type(torch.cummin(x, dim=0)).__name__)
#> cummin
print(values, indices)
#> tensor([3, 1, 1, 1, 1, 1, 1, 1]) tensor([0, 1, 1, 3, 3, 3, 3, 3])
print(list(accumulate(x.tolist(), min)))
#> [3, 1, 1, 1, 1, 1, 1, 1]

m = torch.tensor([[1, 3, 2], [4, 0, 5]])
print(torch.cummin(m, dim=0).values)
#> tensor([[1, 3, 2],
#>         [1, 0, 2]])
