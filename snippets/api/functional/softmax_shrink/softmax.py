import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.tensor([[1.0, 2.0, 3.0], [1.0, 1.0, 1.0]])
rows = F.softmax(x, dim=1)
print(rows)
#> tensor([[0.0900, 0.2447, 0.6652],
#>         [0.3333, 0.3333, 0.3333]])
e = torch.exp(x)
print(torch.allclose(rows, e / e.sum(dim=1, keepdim=True)), rows.sum(dim=1))
#> True tensor([1., 1.])
cols = F.softmax(x, dim=0)
print(cols)
#> tensor([[0.5000, 0.7311, 0.8808],
#>         [0.5000, 0.2689, 0.1192]])
print(cols.sum(dim=0))
#> tensor([1.0000, 1.0000, 1.0000])
print(torch.equal(rows, nn.Softmax(dim=1)(x)))
#> True
