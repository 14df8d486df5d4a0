import os

import numpy as np
import torch

np.arange(6, dtype=np.float32).tofile("data.bin")
print(torch.from_file("data.bin", dtype=torch.float32).shape)
#> torch.Size([0])

items = os.path.getsize("data.bin") // torch.float32.itemsize
print(torch.from_file("data.bin", size=items, dtype=torch.float32))
#> tensor([0., 1., 2., 3., 4., 5.])
