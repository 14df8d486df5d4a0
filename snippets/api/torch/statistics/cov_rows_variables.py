import numpy as np
import torch

torch.manual_seed(0)
data = torch.randn(5, 2)
print(torch.cov(data).shape, torch.cov(data.T).shape)
#> torch.Size([5, 5]) torch.Size([2, 2])
print(np.allclose(torch.cov(data.T).numpy(), np.cov(data.numpy(), rowvar=False)))
#> True
