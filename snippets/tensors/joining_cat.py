import torch

a = torch.zeros(2, 3)
b = torch.ones(4, 3)
print(torch.cat([a, b]).shape)
#> torch.Size([6, 3])
print(torch.cat([a, a], dim=1).shape)
#> torch.Size([2, 6])

try:
    torch.cat([a, b], dim=1)
except RuntimeError as error:
    print("RuntimeError:", error)
    #> RuntimeError: Sizes of tensors must match except in dimension 1. Expected size 2 but got size 4 for tensor number 1 in the list.

v = torch.tensor([1, 2])
w = torch.tensor([3, 4, 5])
print(torch.cat([v, w]))
#> tensor([1, 2, 3, 4, 5])
