import torch
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.tensor([[[-3.0, -1.0, -2.0]]])
print(F.max_pool1d(x, 2, stride=1, padding=1))
#> tensor([[[-3., -1., -1., -2.]]])
print(F.max_pool1d(F.pad(x, (1, 1)), 2, stride=1))
#> tensor([[[ 0., -1., -1.,  0.]]])
print(F.max_pool1d(F.pad(x, (1, 1), value=float("-inf")), 2, stride=1))
#> tensor([[[-3., -1., -1., -2.]]])
