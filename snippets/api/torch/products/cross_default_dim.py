import warnings

import torch

a = torch.tensor([[1., 0., 0.], [0., 1., 0.], [0., 0., 1.]])
b = torch.tensor([[0., 1., 0.], [0., 0., 1.], [1., 0., 0.]])
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    no_dim = torch.cross(a, b)
print(no_dim)
#> tensor([[ 0.,  0., -1.],
#>         [-1.,  0.,  0.],
#>         [ 0., -1.,  0.]])
print(torch.linalg.cross(a, b))
#> tensor([[0., 0., 1.],
#>         [1., 0., 0.],
#>         [0., 1., 0.]])
print(torch.equal(no_dim, torch.cross(a, b, dim=0)))
#> True
print(str(caught[0].message).splitlines()[0])
#> Using torch.cross without specifying the dim arg is deprecated.
