import numpy as np
import torch

v = torch.arange(5)
print(torch.roll(v, 2), torch.roll(v, -2))
#> tensor([3, 4, 0, 1, 2]) tensor([2, 3, 4, 0, 1])
print(np.array_equal(torch.roll(v, 2).numpy(), np.roll(v.numpy(), 2)))
#> True

x = torch.arange(6).reshape(2, 3)
print(torch.roll(x, 1, dims=1))
#> tensor([[2, 0, 1],
#>         [5, 3, 4]])
print(torch.roll(x, shifts=(1, -1), dims=(0, 1)))
#> tensor([[4, 5, 3],
#>         [1, 2, 0]])
print(torch.roll(x, 1, dims=1).data_ptr() == x.data_ptr())
#> False
