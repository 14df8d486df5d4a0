from itertools import accumulate

import torch

x = torch.tensor([3, 1, 4, 1, 5, 9, 2, 6])
result = torch.cummax(x, dim=0)
print(type(result).__name__, isinstance(result, tuple))
#> cummax True
print(result.values, result.indices)
#> tensor([3, 3, 4, 4, 5, 9, 9, 9]) tensor([0, 0, 2, 2, 4, 5, 5, 5])
print(list(accumulate(x.tolist(), max)))
#> [3, 3, 4, 4, 5, 9, 9, 9]

m = torch.tensor([[1, 3, 2], [4, 0, 5]])
print(torch.cummax(m, dim=1).values)
#> tensor([[1, 3, 3],
#>         [4, 4, 5]])
print(torch.cummax(m, dim=0).values)
#> tensor([[1, 3, 2],
#>         [4, 3, 5]])
