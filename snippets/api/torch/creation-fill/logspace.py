import numpy as np
import torch

t = torch.logspace(0, 3, 4)
print(t)
#> tensor([   1.,   10.,  100., 1000.])
print(np.allclose(t.numpy(), np.logspace(0, 3, 4)))
#> True
print(torch.logspace(0, 3, 4, base=2))
#> tensor([1., 2., 4., 8.])
print(torch.equal(torch.logspace(0, 3, 4, base=2), 2 ** torch.linspace(0, 3, 4)))
#> True
print(torch.logspace(-2, 0, 3, dtype=torch.float64))
#> tensor([0.0100, 0.1000, 1.0000], dtype=torch.float64)
