import torch

base = torch.zeros(4)
windows = torch.as_strided(base, (3, 2), (1, 1))
windows.add_(1)
print(windows)
#> tensor([[1., 2.],
#>         [2., 2.],
#>         [2., 1.]])
print(base)
#> tensor([1., 2., 2., 1.])
