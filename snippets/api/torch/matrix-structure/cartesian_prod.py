import itertools

import torch

a = torch.tensor([1, 2])
b = torch.tensor([10, 20, 30])
pairs = torch.cartesian_prod(a, b)
print(pairs.shape)
#> torch.Size([6, 2])
print(pairs.tolist())
#> [[1, 10], [1, 20], [1, 30], [2, 10], [2, 20], [2, 30]]
print(pairs.tolist() == [list(p) for p in itertools.product([1, 2], [10, 20, 30])])
#> True
print(torch.cartesian_prod(a, b, torch.tensor([0, 1])).shape)
#> torch.Size([12, 3])
print(torch.cartesian_prod(a))
#> tensor([1, 2])

try:
    torch.cartesian_prod(a, torch.tensor([0.5]))
except RuntimeError as e:
    print(type(e).__name__, e)
    #> RuntimeError meshgrid expects all tensors to have the same dtype
