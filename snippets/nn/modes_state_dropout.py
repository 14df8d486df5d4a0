import torch
import torch.nn as nn

torch.manual_seed(0)
dropout = nn.Dropout(p=0.25)
x = torch.ones(10)

dropout.train()
y = dropout(x)
print(y)
#> tensor([0.0000, 1.3333, 1.3333, 0.0000, 1.3333, 0.0000, 1.3333, 1.3333, 1.3333,
#>         1.3333])
print("zeros:", (y == 0).sum().item(), " 1 / (1 - p) =", round(1 / (1 - 0.25), 4))
#> zeros: 3  1 / (1 - p) = 1.3333

dropout.eval()
print(dropout(x))
#> tensor([1., 1., 1., 1., 1., 1., 1., 1., 1., 1.])
print(torch.equal(dropout(x), x))
#> True
