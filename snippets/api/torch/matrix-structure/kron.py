import numpy as np
import torch

a = torch.tensor([[1, 2], [3, 4]])
b = torch.tensor([[0, 1], [1, 0]])
k = torch.kron(a, b)
print(k)
#> tensor([[0, 1, 0, 2],
#>         [1, 0, 2, 0],
#>         [0, 3, 0, 4],
#>         [3, 0, 4, 0]])
print(k.shape)
#> torch.Size([4, 4])
print(np.array_equal(k.numpy(), np.kron(a.numpy(), b.numpy())))
#> True
print(k[2:, :2].equal(3 * b))
#> True

v = torch.ones(2)
print(torch.kron(v, torch.ones(2, 3)).shape, np.kron(np.ones(2), np.ones((2, 3))).shape)
#> torch.Size([2, 6]) (2, 6)
print(torch.kron(a, torch.tensor([0.5])).dtype)
#> torch.float32
