import numpy as np
import scipy.linalg
import torch

a = torch.tensor([[1, 2], [3, 4]])
b = torch.tensor(5.0)
c = torch.tensor([6, 7])
m = torch.block_diag(a, b, c)
print(m)
#> tensor([[1., 2., 0., 0., 0.],
#>         [3., 4., 0., 0., 0.],
#>         [0., 0., 5., 0., 0.],
#>         [0., 0., 0., 6., 7.]])
print(m.shape, m.dtype)
#> torch.Size([4, 5]) torch.float32
print(np.array_equal(m.numpy(), scipy.linalg.block_diag(a.numpy(), b.numpy(), c.numpy())))
#> True
