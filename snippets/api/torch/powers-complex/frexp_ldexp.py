import math

import torch

x = torch.tensor([8.0, 0.3, -5.0, 0.0])
mantissa, exponent = torch.frexp(x)
print(mantissa, mantissa.dtype)
#> tensor([ 0.5000,  0.6000, -0.6250,  0.0000]) torch.float32
print(exponent, exponent.dtype)
#> tensor([ 4, -1,  3,  0], dtype=torch.int32) torch.int32
print(math.frexp(0.3))
#> (0.6, -1)

print(torch.ldexp(mantissa, exponent))
#> tensor([ 8.0000,  0.3000, -5.0000,  0.0000])
print(torch.equal(torch.ldexp(mantissa, exponent), x))
#> True
print(torch.ldexp(torch.tensor([1.0]), torch.tensor([3])), 1.0 * 2**3)
#> tensor([8.]) 8.0
