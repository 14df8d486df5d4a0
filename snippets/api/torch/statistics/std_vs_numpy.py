import numpy as np
import torch

x = torch.tensor([2., 4., 4., 4., 5., 5., 7., 9.])
print(round(torch.std(x).item(), 4), np.std(x.numpy()).item())
#> 2.1381 2.0
print(torch.std(x, correction=0).item(), round(np.std(x.numpy(), ddof=1).item(), 4))
#> 2.0 2.1381
print(torch.std(x, correction=0).item() == np.std(x.numpy()).item())
#> True
