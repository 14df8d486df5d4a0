# requires: cuda
import numpy as np
import torch

arr = np.zeros(3, dtype=np.float32)
g = torch.as_tensor(arr, device="cuda")
g += 1
print(g.device, arr)

try:
    np.asarray(g)
except (TypeError, RuntimeError) as error:
    print(type(error).__name__, str(error).split(".")[0])
print(np.asarray(g.cpu()))
