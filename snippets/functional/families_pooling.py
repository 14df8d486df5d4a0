import torch
import torch.nn.functional as F

x = torch.arange(16.0).reshape(1, 1, 4, 4)
print(F.avg_pool2d(x, 2)[0, 0])
#> tensor([[ 2.5000,  4.5000],
#>         [10.5000, 12.5000]])

odd = torch.arange(35.0).reshape(1, 1, 5, 7)
print(F.adaptive_avg_pool2d(odd, (2, 3)).shape)
#> torch.Size([1, 1, 2, 3])
print(F.adaptive_avg_pool2d(odd, 1).flatten(), odd.mean())
#> tensor([17.]) tensor(17.)
