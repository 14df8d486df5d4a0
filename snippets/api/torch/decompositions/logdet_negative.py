import math

import torch

torch.set_default_dtype(torch.float64)
A = torch.tensor([[4.0, 2.0], [2.0, 3.0]])
print(round(torch.logdet(A).item(), 6), round(math.log(8), 6))
#> 2.079442 2.079442

negative = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
singular = torch.tensor([[1.0, 2.0], [2.0, 4.0]])
print(round(torch.det(negative).item(), 6), torch.logdet(negative).item())
#> -2.0 nan
print(torch.det(singular).item() == 0, torch.logdet(singular).item())
#> True -inf
sign, logabsdet = torch.slogdet(negative)
print(sign.item(), round(logabsdet.item(), 6), round(math.log(2), 6))
#> -1.0 0.693147 0.693147
