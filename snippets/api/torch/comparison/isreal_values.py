import numpy as np
import torch

z = torch.tensor([1 + 0j, complex(2.0, -0.0), 1 + 1j, complex(float("nan"), 0.0), 1 + 1e-30j])
print(torch.isreal(z))
#> tensor([ True,  True, False,  True, False])
print(np.isreal(z.numpy()))
#> [ True  True False  True False]
print(torch.equal(torch.isreal(z), z.imag == 0))
#> True
print(z.dtype, z.is_complex())
#> torch.complex64 True
print(torch.isreal(torch.tensor([1.0, float("nan")])))
#> tensor([True, True])
