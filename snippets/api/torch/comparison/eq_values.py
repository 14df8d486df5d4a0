import numpy as np
import torch

a = torch.tensor([[1, 2], [3, 4]])
b = torch.tensor([[1, 0], [3, 0]])
print(torch.eq(a, b))
#> tensor([[ True, False],
#>         [ True, False]])
print(torch.eq(a, b).dtype, torch.equal(torch.eq(a, b), a == b))
#> torch.bool True
print(torch.eq(a, 2))
#> tensor([[False,  True],
#>         [False, False]])
print(np.array_equal(torch.eq(a, b).numpy(), np.equal(a.numpy(), b.numpy())))
#> True
print(torch.eq(torch.tensor([1, 2]), torch.tensor([1.0, 2.5])))
#> tensor([ True, False])

nan = torch.tensor(float("nan"))
print(torch.eq(nan, nan).item(), float("nan") == float("nan"))
#> False False
