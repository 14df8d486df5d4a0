import torch

x = torch.arange(6)
print(len(torch.split(x, 3)), [p.tolist() for p in torch.split(x, 3)])
#> 2 [[0, 1, 2], [3, 4, 5]]
print(len(torch.chunk(x, 3)), [p.tolist() for p in torch.chunk(x, 3)])
#> 3 [[0, 1], [2, 3], [4, 5]]
