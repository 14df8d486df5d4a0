import numpy as np
import torch

v = torch.tensor([1, 2, 3])
print(torch.repeat_interleave(v, 2), v.repeat(2))
#> tensor([1, 1, 2, 2, 3, 3]) tensor([1, 2, 3, 1, 2, 3])
print(np.repeat(v.numpy(), 2), np.tile(v.numpy(), 2))
#> [1 1 2 2 3 3] [1 2 3 1 2 3]
print(torch.repeat_interleave(v, torch.tensor([1, 0, 2])))
#> tensor([1, 3, 3])

m = torch.tensor([[1, 2], [3, 4]])
print(torch.repeat_interleave(m, torch.tensor([1, 2]), dim=1, output_size=3))
#> tensor([[1, 2, 2],
#>         [3, 4, 4]])
print(torch.repeat_interleave(torch.tensor([2, 1, 3])))
#> tensor([0, 0, 1, 2, 2, 2])
