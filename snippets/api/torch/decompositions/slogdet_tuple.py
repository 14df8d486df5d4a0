import math

import torch

torch.set_default_dtype(torch.float64)
A = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
result = torch.slogdet(A)
print(type(result).__name__, result.sign.item(), round(result.logabsdet.item(), 6), round(math.log(2), 6))
#> slogdet -1.0 0.693147 0.693147
sign, logabsdet = torch.linalg.slogdet(A)
print(torch.equal(result.sign, sign), torch.equal(result.logabsdet, logabsdet))
#> True True
print(torch.allclose(result.sign * result.logabsdet.exp(), torch.det(A)))
#> True

small = 0.1 * torch.eye(400)
print(torch.det(small).item(), round(torch.logdet(small).item(), 4))
#> 0.0 -921.034
print(round(torch.slogdet(small).logabsdet.item(), 4), round(400 * math.log(0.1), 4))
#> -921.034 -921.034
