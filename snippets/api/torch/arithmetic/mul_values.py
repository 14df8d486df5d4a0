import numpy as np
import torch

x = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
w = torch.tensor([10.0, 0.5, -1.0])
print(torch.mul(x, w))
#> tensor([[10.0000,  1.0000, -3.0000],
#>         [40.0000,  2.5000, -6.0000]])
print(torch.equal(torch.multiply(x, w), torch.mul(x, w)))
#> True
print(np.allclose(torch.mul(x, w).numpy(), x.numpy() * w.numpy()))
#> True
print(torch.mul(torch.tensor([1, 2, 3]), 1.5))
#> tensor([1.5000, 3.0000, 4.5000])
print(torch.mul(torch.tensor([100], dtype=torch.int8), 2))
#> tensor([-56], dtype=torch.int8)
