import torch

mask = torch.tensor([1, 0, 1])
print(~mask)
#> tensor([-2, -1, -2])
print(torch.logical_not(mask))
#> tensor([False,  True, False])
print(~mask.bool())
#> tensor([False,  True, False])
