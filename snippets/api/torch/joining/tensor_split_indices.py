import torch

x = torch.arange(7)
print([p.tolist() for p in torch.split(x, [1, 3, 3])])
#> [[0], [1, 2, 3], [4, 5, 6]]
print([p.tolist() for p in torch.tensor_split(x, [1, 3])])
#> [[0], [1, 2], [3, 4, 5, 6]]
