import numpy as np
import torch

x = torch.arange(6).reshape(2, 3)
print(torch.flip(x, dims=(0,)))
#> tensor([[3, 4, 5],
#>         [0, 1, 2]])
print(torch.flip(x, dims=(0, 1)))
#> tensor([[5, 4, 3],
#>         [2, 1, 0]])
print(torch.equal(torch.fliplr(x), torch.flip(x, dims=(1,))),
      torch.equal(torch.flipud(x), torch.flip(x, dims=(0,))))
#> True True
print(np.array_equal(torch.flip(x, dims=(0, 1)).numpy(), np.flip(x.numpy())))
#> True
print(torch.flipud(torch.arange(3)))
#> tensor([2, 1, 0])
try:
    torch.fliplr(torch.arange(3))
except RuntimeError as e:
    print(type(e).__name__, e)
    #> RuntimeError Input must be >= 2-d.
