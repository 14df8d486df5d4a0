import numpy as np
import torch

x = torch.tensor([0.0, 0.5, 1.0, 1.5])
print(torch.sinc(x))
#> tensor([ 1.0000e+00,  6.3662e-01, -2.7828e-08, -2.1221e-01])
print(torch.sinc(x)[1].item(), np.sinc(0.5))
#> 0.6366197466850281 0.6366197723675814
print(np.allclose(torch.sinc(x).numpy(), np.sinc(x.numpy())))
#> True
print(torch.sinc(torch.tensor([0, 1])).dtype)
#> torch.float32
