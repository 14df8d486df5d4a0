import numpy as np
import torch

boundaries = torch.tensor([1, 3, 5, 7])
v = torch.tensor([0, 1, 4, 5, 8])
left = torch.bucketize(v, boundaries)
right = torch.bucketize(v, boundaries, right=True)
print(left, right)
#> tensor([0, 0, 2, 2, 4]) tensor([0, 1, 2, 3, 4])
print(np.searchsorted(boundaries.numpy(), v.numpy(), side="left"))
#> [0 0 2 2 4]
print(np.searchsorted(boundaries.numpy(), v.numpy(), side="right"))
#> [0 1 2 3 4]
print(left.dtype, torch.bucketize(v, boundaries, out_int32=True).dtype)
#> torch.int64 torch.int32
print(torch.bucketize(torch.tensor([[0, 4], [5, 8]]), boundaries))
#> tensor([[0, 2],
#>         [2, 4]])
