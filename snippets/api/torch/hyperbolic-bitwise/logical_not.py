import torch

x = torch.tensor([0.0, -0.0, 0.1, float("nan"), float("inf")])
print(torch.logical_not(x))
#> tensor([ True,  True, False, False, False])
print(torch.logical_not(torch.tensor([0, 3, -1])))
#> tensor([ True, False, False])
out = torch.empty(3, dtype=torch.int16)
print(torch.logical_not(torch.tensor([0, 3, -1]), out=out))
#> tensor([1, 0, 0], dtype=torch.int16)
