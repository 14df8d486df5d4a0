import math

import torch

a = torch.tensor([1000.0, -1000.0, 1.0])
b = torch.tensor([1000.0, -1001.0, 2.0])
print(torch.log(torch.exp(a) + torch.exp(b)))
#> tensor([   inf,   -inf, 2.3133])
print(torch.logaddexp(a, b))
#> tensor([1000.6932, -999.6868,    2.3133])
print(torch.logaddexp(a, b)[2].item(), math.log(math.exp(1.0) + math.exp(2.0)))
#> 2.3132617473602295 2.3132616875182226
print(torch.logaddexp2(a, b))
#> tensor([1001.0000, -999.4150,    2.5850])
print(torch.logaddexp2(a, b)[2].item(), math.log2(2.0**1 + 2.0**2))
#> 2.5849623680114746 2.584962500721156
try:
    torch.logaddexp(torch.tensor([1]), torch.tensor([2]))
except NotImplementedError as e:
    print(type(e).__name__, str(e).splitlines()[0][:60])
    #> NotImplementedError "logaddexp_cpu" not implemented for 'Long'
