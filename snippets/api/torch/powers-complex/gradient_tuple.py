import numpy as np
import torch

y = torch.tensor([0.0, 1.0, 4.0, 9.0])
print(type(torch.gradient(y)).__name__, type(np.gradient(y.numpy())).__name__)
#> tuple ndarray
print(torch.gradient(y)[0], np.gradient(y.numpy()))
#> tensor([1., 2., 4., 5.]) [1. 2. 4. 5.]
