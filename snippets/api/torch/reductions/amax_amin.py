import numpy as np
import torch

x = torch.arange(24.).reshape(2, 3, 4)
print(torch.amax(x, dim=(1, 2)), torch.amin(x, dim=(1, 2)))
#> tensor([11., 23.]) tensor([ 0., 12.])
print(torch.amax(x, dim=1).shape, torch.amax(x, dim=1, keepdim=True).shape)
#> torch.Size([2, 4]) torch.Size([2, 1, 4])
print(torch.amin(x).shape)
#> torch.Size([])
print(np.array_equal(torch.amax(x, dim=(0, 2)).numpy(), x.numpy().max(axis=(0, 2))))
#> True
