import numpy as np
import torch

x = torch.tensor([[3, 9, 2],
                  [9, 0, 5]])
flat = torch.argmax(x)
print(flat, torch.unravel_index(flat, x.shape))
#> tensor(1) (tensor(0), tensor(1))
print(torch.argmax(x, dim=1), torch.argmin(x, dim=0))
#> tensor([1, 0]) tensor([0, 1, 0])
print(torch.argmax(x, dim=1).shape, torch.argmax(x, dim=1, keepdim=True).shape)
#> torch.Size([2]) torch.Size([2, 1])
print(torch.argmin(x, keepdim=True).shape, torch.argmax(x).dtype)
#> torch.Size([1, 1]) torch.int64
print(np.argmax(x.numpy(), axis=1), np.argmin(x.numpy(), axis=0))
#> [1 0] [0 1 0]
