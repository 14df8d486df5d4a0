import numpy as np
import torch

print(torch.hann_window(4))
#> tensor([0.0000, 0.5000, 1.0000, 0.5000])
print(np.hanning(4))
#> [0.   0.75 0.75 0.  ]
print(torch.hann_window(4, periodic=False))
#> tensor([0.0000, 0.7500, 0.7500, 0.0000])
print(np.allclose(torch.hann_window(4).numpy(), np.hanning(5)[:-1]))
#> True
print(np.allclose(torch.blackman_window(8).numpy(), np.blackman(8), atol=1e-6))
#> False
