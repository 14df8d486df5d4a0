import math

import torch

x1 = torch.tensor([[0., 0.],
                   [1., 1.]])
x2 = torch.tensor([[3., 4.],
                   [1., 0.],
                   [0., 0.]])
d = torch.cdist(x1, x2)
print(d.shape)
#> torch.Size([2, 3])
print(d)
#> tensor([[5.0000, 1.0000, 0.0000],
#>         [3.6056, 1.0000, 1.4142]])
print(round(d[1, 0].item(), 4), round(math.sqrt((1 - 3) ** 2 + (1 - 4) ** 2), 4))
#> 3.6056 3.6056
print(torch.cdist(x1, x2, p=1))
#> tensor([[7., 1., 0.],
#>         [5., 1., 2.]])

torch.manual_seed(0)
a = torch.randn(2, 4, 3)
b = torch.randn(2, 5, 3)
print(torch.cdist(a, b).shape, torch.allclose(torch.cdist(a, b)[1, 2, 3], torch.dist(a[1, 2], b[1, 3])))
#> torch.Size([2, 4, 5]) True
