import warnings

import numpy as np
import torch

x = torch.tensor([1, 2, 3])
y = torch.tensor([10, 20])
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    gx, gy = torch.meshgrid(x, y)
for w in caught:
    print(w.category.__name__, str(w.message).split(" (Triggered")[0])
    #> UserWarning torch.meshgrid: in an upcoming release, it will be required to pass the indexing argument.
nx, ny = np.meshgrid(x.numpy(), y.numpy())
print(gx.shape, nx.shape)
#> torch.Size([3, 2]) (2, 3)
print(torch.equal(gx, torch.meshgrid(x, y, indexing="ij")[0]))
#> True

s = torch.tensor([1, 2])
t = torch.tensor([10, 20])
sx, _ = torch.meshgrid(s, t, indexing="ij")
qx, _ = np.meshgrid(s.numpy(), t.numpy())
print(sx.shape == qx.shape, np.array_equal(sx.numpy(), qx), np.array_equal(sx.numpy(), qx.T))
#> True False True
