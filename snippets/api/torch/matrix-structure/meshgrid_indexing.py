import numpy as np
import torch

x = torch.tensor([1, 2, 3])
y = torch.tensor([10, 20])
gx, gy = torch.meshgrid(x, y, indexing="ij")
print(gx.shape)
#> torch.Size([3, 2])
print(gx)
#> tensor([[1, 1],
#>         [2, 2],
#>         [3, 3]])
print(gy)
#> tensor([[10, 20],
#>         [10, 20],
#>         [10, 20]])
hx, hy = torch.meshgrid(x, y, indexing="xy")
print(hx.shape)
#> torch.Size([2, 3])
print(hx)
#> tensor([[1, 2, 3],
#>         [1, 2, 3]])
nx, ny = np.meshgrid(x.numpy(), y.numpy())
print(nx.shape, np.array_equal(nx, hx.numpy()))
#> (2, 3) True
print(gx.untyped_storage().data_ptr() == x.untyped_storage().data_ptr())
#> True
