import numpy as np
import torch

x = torch.tensor([0.1, 0.2, 0.3, 0.6, 0.7, 1.2])
hist, edges = torch.histogram(x, bins=3, range=(0.0, 1.5), density=True)
print(hist, edges)
#> tensor([1.0000, 0.6667, 0.3333]) tensor([0.0000, 0.5000, 1.0000, 1.5000])
print(hist.sum().item(), (hist * torch.diff(edges)).sum().item())
#> 2.0 1.0
print(np.allclose(hist.numpy(), np.histogram(x.numpy(), bins=3, range=(0, 1.5), density=True)[0]))
#> True
