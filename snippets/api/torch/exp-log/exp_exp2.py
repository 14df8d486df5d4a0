import math

import torch

x = torch.tensor([0.0, 1.0, 2.0])
print(torch.exp(x), math.exp(1.0))
#> tensor([1.0000, 2.7183, 7.3891]) 2.718281828459045
print(torch.exp(torch.tensor([1, 2])).dtype)
#> torch.float32
print(torch.exp(torch.tensor([88.0, 89.0])))
#> tensor([1.6516e+38,        inf])
print(torch.exp2(torch.tensor([0, 3, 10])), 2**10)
#> tensor([1.0000e+00, 8.0000e+00, 1.0240e+03]) 1024
print(torch.equal(torch.exp2(x), torch.exp(x * math.log(2))))
#> True
