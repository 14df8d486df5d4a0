import numpy as np
import torch

a = torch.tensor([1, 2, 3])
print(torch.gt(a, 2.5))
#> tensor([False, False,  True])
print(torch.gt(a, torch.tensor([0.5, 2.0, 3.5])))
#> tensor([ True, False, False])
print(torch.equal(torch.greater(a, 2.5), torch.gt(a, 2.5)), torch.equal(a > 2.5, torch.gt(a, 2.5)))
#> True True
print(np.array_equal(torch.gt(a, 2.5).numpy(), np.greater(a.numpy(), 2.5)))
#> True
print(torch.gt(a, 1).sum().item())
#> 2
