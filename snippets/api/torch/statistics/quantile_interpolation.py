import numpy as np
import torch

x = torch.tensor([1., 2., 3., 4.])
q = torch.tensor([0.4, 0.5])
for mode in ["linear", "lower", "higher", "nearest", "midpoint"]:
    t = torch.quantile(x, q, interpolation=mode)
    print(f"{mode:8}", [round(v, 4) for v in t.tolist()], np.allclose(t.numpy(), np.quantile(x.numpy(), q.numpy(), method=mode)))
    #> linear   [2.2, 2.5] True
    #> lower    [2.0, 2.0] True
    #> higher   [3.0, 3.0] True
    #> nearest  [2.0, 3.0] True
    #> midpoint [2.5, 2.5] True
position = 0.4 * (4 - 1)
print(round(position, 4), 2 + (position - 1) * (3 - 2))
#> 1.2 2.2
