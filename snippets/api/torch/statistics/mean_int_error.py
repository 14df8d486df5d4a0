import numpy as np
import torch

counts = torch.tensor([1, 2, 3, 4])
try:
    torch.mean(counts)
except RuntimeError as e:
    print(type(e).__name__, str(e))
    #> RuntimeError mean(): could not infer output dtype. Input dtype must be either a floating point or complex dtype. Got: Long
print(np.mean(counts.numpy()))
#> 2.5
print(torch.mean(counts, dtype=torch.float32), torch.mean(counts, dtype=torch.float64))
#> tensor(2.5000) tensor(2.5000, dtype=torch.float64)
print(counts.float().mean(), counts.dtype)
#> tensor(2.5000) torch.int64
