import numpy as np
import torch

b = torch.tensor([1, 2, 3])
z = torch.broadcast_to(b, (2, 3))
print(z)
#> tensor([[1, 2, 3],
#>         [1, 2, 3]])
print(z.stride(), z.data_ptr() == b.data_ptr())
#> (0, 1) True
print(np.array_equal(z.numpy(), np.broadcast_to(b.numpy(), (2, 3))))
#> True

c = torch.tensor([[1], [2]])
print(torch.broadcast_to(c, (4, -1, 3)).shape)
#> torch.Size([4, 2, 3])
try:
    torch.broadcast_to(c, (3,))
except RuntimeError as e:
    print(type(e).__name__, str(e).split("): ")[1])
    #> RuntimeError the number of sizes provided (1) must be greater or equal to the number of dimensions in the tensor (2)
