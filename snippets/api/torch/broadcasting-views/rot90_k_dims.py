import numpy as np
import torch

x = torch.arange(6).reshape(2, 3)
print(x)
#> tensor([[0, 1, 2],
#>         [3, 4, 5]])
print(torch.rot90(x))
#> tensor([[2, 5],
#>         [1, 4],
#>         [0, 3]])
for k in (1, 2, -1, 3):
    print(k, torch.equal(torch.rot90(x, k, dims=(0, 1)),
                         torch.from_numpy(np.rot90(x.numpy(), k, axes=(0, 1)).copy())))
    #> 1 True
    #> 2 True
    #> -1 True
    #> 3 True
print(torch.equal(torch.rot90(x, 1, dims=(1, 0)), torch.rot90(x, -1, dims=(0, 1))),
      torch.equal(torch.rot90(x, 4), x))
#> True True
print(torch.rot90(x).data_ptr() == x.data_ptr(), np.shares_memory(x.numpy(), np.rot90(x.numpy())))
#> False True
