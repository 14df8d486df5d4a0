import numpy as np
import torch

print(torch.broadcast_shapes((2, 1), (3,)))
#> torch.Size([2, 3])
print(torch.broadcast_shapes((8, 1, 6, 1), (7, 1, 5), 5))
#> torch.Size([8, 7, 6, 5])
print(np.broadcast_shapes((8, 1, 6, 1), (7, 1, 5), 5))
#> (8, 7, 6, 5)
print(torch.broadcast_shapes(torch.Size([4, 1]), ()))
#> torch.Size([4, 1])
try:
    torch.broadcast_shapes((2, 3), (2,))
except RuntimeError as e:
    print(type(e).__name__, str(e).split("!")[0])
    #> RuntimeError Attempting to broadcast a dimension of length 2 at -1
