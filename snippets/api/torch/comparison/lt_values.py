import numpy as np
import torch

x = torch.tensor([-1.5, 0.0, 2.0, -3.0])
print(torch.lt(x, 0))
#> tensor([ True, False, False,  True])
print(torch.equal(torch.less(x, 0), torch.lt(x, 0)), torch.equal(x < 0, torch.lt(x, 0)))
#> True True
print(x[torch.lt(x, 0)], torch.lt(x, 0).sum().item())
#> tensor([-1.5000, -3.0000]) 2
print(np.array_equal(torch.lt(x, 0).numpy(), np.less(x.numpy(), 0)))
#> True
print(torch.lt(torch.tensor([1, 2]), torch.tensor([1.5, 1.5])))
#> tensor([ True, False])
