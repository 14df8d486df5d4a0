import torch

seq = torch.tensor([1, 3, 5, 7])
v = torch.tensor([0, 4, 8])
print(torch.bucketize(v, seq))
#> tensor([0, 2, 4])
print(torch.searchsorted(seq, v))
#> tensor([0, 2, 4])
print(torch.searchsorted(v, seq))
#> tensor([1, 1, 2, 2])
