import torch

x = torch.zeros(5)
index = torch.tensor([0, 2, 2])
source = torch.tensor([1.0, 10.0, 100.0])
print(torch.index_add(x, 0, index, source))
#> tensor([  1.,   0., 110.,   0.,   0.])
print(torch.index_add(x, 0, index, source, alpha=2))
#> tensor([  2.,   0., 220.,   0.,   0.])

rows = torch.zeros(3, 2)
print(torch.index_add(rows, 0, torch.tensor([2, 0]), torch.tensor([[1.0, 2.0], [3.0, 4.0]])))
#> tensor([[3., 4.],
#>         [0., 0.],
#>         [1., 2.]])
