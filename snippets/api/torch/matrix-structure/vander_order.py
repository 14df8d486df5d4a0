import numpy as np
import torch

x = torch.tensor([1, 2, 3])
print(torch.vander(x))
#> tensor([[1, 1, 1],
#>         [4, 2, 1],
#>         [9, 3, 1]])
print(np.vander(x.numpy()))
#> [[1 1 1]
#>  [4 2 1]
#>  [9 3 1]]
print(np.array_equal(torch.vander(x).numpy(), np.vander(x.numpy())))
#> True
print(torch.vander(x, N=4, increasing=True))
#> tensor([[ 1,  1,  1,  1],
#>         [ 1,  2,  4,  8],
#>         [ 1,  3,  9, 27]])
print(np.array_equal(torch.vander(x, N=4, increasing=True).numpy(), np.vander(x.numpy(), 4, increasing=True)))
#> True
print(torch.vander(x.to(torch.int32)).dtype, torch.vander(torch.tensor([0.5, 2.0])).dtype)
#> torch.int64 torch.float32
