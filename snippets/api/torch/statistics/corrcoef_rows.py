import numpy as np
import torch

torch.set_printoptions(precision=4)
x = torch.tensor([[1., 2., 3., 4.], [2., 4., 6., 8.], [4., 1., 3., 2.]])
r = torch.corrcoef(x)
print(r)
#> tensor([[ 1.0000,  1.0000, -0.4000],
#>         [ 1.0000,  1.0000, -0.4000],
#>         [-0.4000, -0.4000,  1.0000]])
print(np.allclose(r.numpy(), np.corrcoef(x.numpy())))
#> True
c = torch.cov(x)
d = c.diagonal().sqrt()
print(torch.allclose(r, c / torch.outer(d, d)))
#> True
print(torch.corrcoef(torch.tensor([[1, 2, 3], [3, 1, 2]])))
#> tensor([[ 1.0000, -0.5000],
#>         [-0.5000,  1.0000]])
