import numpy as np
import torch

b = torch.tensor([1, 2, 3])
z = torch.broadcast_to(b, (2, 3))
z[0, 0] = 9
print(b)
#> tensor([9, 2, 3])
print(z)
#> tensor([[9, 2, 3],
#>         [9, 2, 3]])
try:
    z.add_(1)
except RuntimeError as e:
    print(type(e).__name__, str(e).split(".")[0])
    #> RuntimeError unsupported operation: more than one element of the written-to tensor refers to a single memory location

n = np.broadcast_to(np.array([1, 2, 3]), (2, 3))
try:
    n[0, 0] = 9
except ValueError as e:
    print(type(e).__name__, e)
    #> ValueError assignment destination is read-only

w = torch.broadcast_to(b, (2, 3)).clone()
w.add_(1)
print(w, b)
#> tensor([[10,  3,  4],
#>         [10,  3,  4]]) tensor([9, 2, 3])
