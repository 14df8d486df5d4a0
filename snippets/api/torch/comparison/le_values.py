import numpy as np
import torch

i = torch.arange(3).view(3, 1)
j = torch.arange(3)
print(torch.le(i, j))
#> tensor([[ True,  True,  True],
#>         [False,  True,  True],
#>         [False, False,  True]])
print(torch.equal(torch.less_equal(i, j), torch.le(i, j)), torch.equal(i <= j, torch.le(i, j)))
#> True True
print(torch.equal(torch.le(i, j), torch.ones(3, 3, dtype=torch.bool).triu()))
#> True
print(np.array_equal(torch.le(i, j).numpy(), np.less_equal(i.numpy(), j.numpy())))
#> True
