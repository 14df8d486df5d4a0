import torch
import torch.nn as nn

torch.set_printoptions(precision=4)
x = torch.tensor([[1.0, 2.0, 3.0], [1.0, 1.0, 1.0]])

rows = nn.Softmax(dim=1)(x)
cols = nn.Softmax(dim=0)(x)
print(rows)
#> tensor([[0.0900, 0.2447, 0.6652],
#>         [0.3333, 0.3333, 0.3333]])
print("dim=1 sums:", rows.sum(dim=1))
#> dim=1 sums: tensor([1., 1.])
print(cols)
#> tensor([[0.5000, 0.7311, 0.8808],
#>         [0.5000, 0.2689, 0.1192]])
print("dim=0 sums:", cols.sum(dim=0))
#> dim=0 sums: tensor([1.0000, 1.0000, 1.0000])
