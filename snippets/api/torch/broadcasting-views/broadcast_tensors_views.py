import numpy as np
import torch

a = torch.tensor([[1], [2]])
b = torch.tensor([10, 20, 30])
x, y = torch.broadcast_tensors(a, b)
print(x.shape, y.shape)
#> torch.Size([2, 3]) torch.Size([2, 3])
print(x.stride(), y.stride())
#> (1, 0) (0, 1)
print(x.data_ptr() == a.data_ptr(), y.data_ptr() == b.data_ptr())
#> True True
print(x + y)
#> tensor([[11, 21, 31],
#>         [12, 22, 32]])

nx, ny = np.broadcast_arrays(a.numpy(), b.numpy())
print(np.array_equal(nx, x.numpy()), np.array_equal(ny, y.numpy()))
#> True True
print(type(torch.broadcast_tensors(a, b, torch.tensor(0))).__name__)
#> tuple
