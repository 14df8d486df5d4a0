import torch

x = torch.tensor([2, 2, 1, 2])
print(torch.cummax(x, dim=0).indices)
#> tensor([0, 1, 1, 3])
print(torch.tensor([torch.argmax(x[: k + 1]).item() for k in range(len(x))]))
#> tensor([0, 0, 0, 0])
