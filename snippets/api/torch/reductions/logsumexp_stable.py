import math

import torch

x = torch.tensor([[1000., 1000.],
                  [-1000., -1000.]])
print(torch.logsumexp(x, dim=1), 1000 + math.log(2))
#> tensor([1000.6932, -999.3068]) 1000.6931471805599
print(torch.log(torch.sum(torch.exp(x), dim=1)))
#> tensor([inf, -inf])
print(torch.logsumexp(x, dim=1, keepdim=True).shape, torch.logsumexp(x, dim=(0, 1)).shape)
#> torch.Size([2, 1]) torch.Size([])
print(torch.logsumexp(torch.tensor([1, 2, 3]), dim=0), math.log(math.e + math.e**2 + math.e**3))
#> tensor(3.4076) 3.40760596444438
