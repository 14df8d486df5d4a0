import numpy as np
import torch

x = torch.tensor([[3, 1, 2],
                  [0, 5, 4]])
result = torch.sort(x)
print(type(result))
#> <class 'torch.return_types.sort'>
values, indices = result
print(values)
#> tensor([[1, 2, 3],
#>         [0, 4, 5]])
print(indices)
#> tensor([[1, 2, 0],
#>         [0, 2, 1]])
print(torch.equal(result.values, result[0]), np.array_equal(values.numpy(), np.sort(x.numpy())))
#> True True
print(torch.sort(x, dim=0, descending=True).values)
#> tensor([[3, 5, 4],
#>         [0, 1, 2]])

ties = torch.tensor([2, 1, 2, 1])
print(torch.sort(ties, stable=True).indices)
#> tensor([1, 3, 0, 2])
print(torch.sort(ties, descending=True, stable=True).indices)
#> tensor([0, 2, 1, 3])
