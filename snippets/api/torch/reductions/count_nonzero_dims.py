import numpy as np
import torch

x = torch.tensor([[0., 1., 2.],
                  [0., -0., float("nan")]])
print(torch.count_nonzero(x), torch.count_nonzero(x).dtype)
#> tensor(3) torch.int64
print(torch.count_nonzero(x, dim=0), torch.count_nonzero(x, dim=(0, 1)))
#> tensor([0, 1, 2]) tensor(3)
print(np.count_nonzero(x.numpy(), axis=0))
#> [0 1 2]
try:
    torch.count_nonzero(x, dim=1, keepdim=True)
except TypeError as e:
    print(type(e).__name__, str(e).splitlines()[0])
    #> TypeError count_nonzero() received an invalid combination of arguments - got (Tensor, keepdim=bool, dim=int), but expected one of:
print(torch.count_nonzero(x, dim=1).unsqueeze(1).shape)
#> torch.Size([2, 1])
