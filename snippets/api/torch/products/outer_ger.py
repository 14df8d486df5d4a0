import warnings

import torch

a = torch.tensor([1, 2, 3])
b = torch.tensor([10., 20.])
out = torch.outer(a, b)
print(out, out.dtype)
#> tensor([[10., 20.],
#>         [20., 40.],
#>         [30., 60.]]) torch.float32
print(torch.equal(out, a[:, None] * b[None, :]))
#> True
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    old = torch.ger(a, b)
print(torch.equal(old, out), len(caught))
#> True 0
print("deprecated" in torch.ger.__doc__)
#> True
