import torch
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.tensor([[[0.0, 10.0, 20.0]]])
print(F.adaptive_avg_pool1d(x, 5))
#> tensor([[[ 0.,  5., 10., 15., 20.]]])
print(F.adaptive_max_pool1d(x, 5))
#> tensor([[[ 0., 10., 10., 20., 20.]]])

even = torch.arange(8.0).reshape(1, 1, 8)
print(torch.equal(F.adaptive_avg_pool1d(even, 4), F.avg_pool1d(even, 2)))
#> True
odd = torch.arange(7.0).reshape(1, 1, 7)
print(F.adaptive_avg_pool1d(odd, 3), F.avg_pool1d(odd, 7 // 3))
#> tensor([[[1., 3., 5.]]]) tensor([[[0.5000, 2.5000, 4.5000]]])
