import numpy as np
import torch

x = torch.tensor([-1.0, 0.0, 0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 10.0])
h = torch.histc(x, bins=4)
print(h, h.dtype)
#> tensor([5., 3., 0., 1.]) torch.float32
counts, edges = np.histogram(x.numpy(), bins=4)
print(counts, edges)
#> [5 3 0 1] [-1.    1.75  4.5   7.25 10.  ]
try:
    torch.histc(torch.tensor([1, 2, 3]), bins=3)
except NotImplementedError as e:
    print(type(e).__name__, e)
    #> NotImplementedError "histogram_cpu" not implemented for 'Long'
