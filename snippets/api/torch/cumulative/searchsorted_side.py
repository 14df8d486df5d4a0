import numpy as np
import torch

seq = torch.tensor([1, 3, 5, 7])
v = torch.tensor([0, 1, 4, 5, 8])
left = torch.searchsorted(seq, v)
right = torch.searchsorted(seq, v, side="right")
print(left, right)
#> tensor([0, 0, 2, 2, 4]) tensor([0, 1, 2, 3, 4])
print(torch.equal(right, torch.searchsorted(seq, v, right=True)))
#> True
print(np.array_equal(right.numpy(), np.searchsorted(seq.numpy(), v.numpy(), side="right")))
#> True

unsorted = torch.tensor([5, 1, 7, 3])
print(torch.searchsorted(unsorted, v, sorter=torch.argsort(unsorted)))
#> tensor([0, 0, 2, 2, 4])

rows = torch.tensor([[1, 3, 5], [2, 4, 6]])
print(torch.searchsorted(rows, torch.tensor([[4], [4]])).flatten())
#> tensor([2, 1])
