import numpy as np
import torch

x = torch.tensor([1.0, 2.0, 3.0, float("nan")])
print(torch.ge(x, 2))
#> tensor([False,  True,  True, False])
print(torch.equal(torch.greater_equal(x, 2), torch.ge(x, 2)), torch.equal(x >= 2, torch.ge(x, 2)))
#> True True
print(np.array_equal(torch.ge(x, 2).numpy(), np.greater_equal(x.numpy(), 2)))
#> True
print(torch.equal(torch.ge(x, 2), torch.gt(x, 2) | torch.eq(x, 2)))
#> True
print(torch.ge(torch.tensor([[1], [3]]), torch.tensor([1, 2, 3])))
#> tensor([[ True, False, False],
#>         [ True,  True,  True]])
