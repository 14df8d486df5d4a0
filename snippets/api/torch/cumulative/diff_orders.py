import numpy as np
import torch

x = torch.tensor([1, 4, 9, 16, 25])
print(torch.diff(x))
#> tensor([3, 5, 7, 9])
print(torch.diff(x, n=2))
#> tensor([2, 2, 2])
print(torch.diff(x, prepend=torch.tensor([0])))
#> tensor([1, 3, 5, 7, 9])
print(torch.diff(x, append=torch.tensor([36])))
#> tensor([ 3,  5,  7,  9, 11])
print(np.array_equal(torch.diff(x, n=2).numpy(), np.diff(x.numpy(), n=2)))
#> True

m = torch.tensor([[1, 2, 4], [7, 11, 16]])
print(torch.diff(m, dim=0), torch.diff(m, dim=1).shape)
#> tensor([[ 6,  9, 12]]) torch.Size([2, 2])
