import numpy as np
import torch

z = torch.tensor([1 + 2j, 3 - 4j])
r = torch.view_as_real(z)
print(r, r.dtype, z.dtype)
#> tensor([[ 1.,  2.],
#>         [ 3., -4.]]) torch.float32 torch.complex64
print(r.data_ptr() == z.data_ptr(), np.array_equal(r.numpy(), z.numpy().view(np.float32).reshape(2, 2)))
#> True True
r[0, 1] = 9
print(z)
#> tensor([1.+9.j, 3.-4.j])

p = torch.tensor([[1.0, 2.0], [3.0, 4.0]], dtype=torch.float64)
c = torch.view_as_complex(p)
print(c, c.data_ptr() == p.data_ptr())
#> tensor([1.+2.j, 3.+4.j], dtype=torch.complex128) True
print(torch.equal(torch.view_as_real(c), p))
#> True
