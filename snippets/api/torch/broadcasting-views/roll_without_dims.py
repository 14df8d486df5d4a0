import numpy as np
import torch

x = torch.arange(6).reshape(2, 3)
print(torch.roll(x, 1))
#> tensor([[5, 0, 1],
#>         [2, 3, 4]])
print(torch.roll(x, 1, dims=1))
#> tensor([[2, 0, 1],
#>         [5, 3, 4]])
print(torch.equal(torch.roll(x, 1), torch.roll(x.flatten(), 1).reshape(2, 3)),
      np.array_equal(torch.roll(x, 1).numpy(), np.roll(x.numpy(), 1)))
#> True True
