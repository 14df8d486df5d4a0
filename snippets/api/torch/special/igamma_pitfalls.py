import math

import torch

a = torch.tensor([3.0])
x = torch.tensor([2.0])
regularized = torch.igamma(a, x).item()
print(regularized, regularized * math.gamma(3.0))
#> 0.32332366704940796 0.6466473340988159
print(torch.igamma(x, a).item())
#> 0.8008517026901245
try:
    torch.igamma(torch.tensor([3]), torch.tensor([2]))
except NotImplementedError as e:
    print(type(e).__name__, str(e).splitlines()[0][:80])
    #> NotImplementedError "igamma_cpu" not implemented for 'Long'
