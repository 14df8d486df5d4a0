import numpy as np
import torch

m = torch.arange(1, 10).reshape(3, 3)
print(torch.tril(m))
#> tensor([[1, 0, 0],
#>         [4, 5, 0],
#>         [7, 8, 9]])
print(torch.tril(m, diagonal=-1))
#> tensor([[0, 0, 0],
#>         [4, 0, 0],
#>         [7, 8, 0]])
print(torch.triu(m, diagonal=1))
#> tensor([[0, 2, 3],
#>         [0, 0, 6],
#>         [0, 0, 0]])
print(torch.equal(torch.tril(m) + torch.triu(m, diagonal=1), m))
#> True
print(np.array_equal(torch.triu(m, 1).numpy(), np.triu(m.numpy(), 1)))
#> True
print(torch.tril(torch.ones(4, 2, 3)).shape)
#> torch.Size([4, 2, 3])
