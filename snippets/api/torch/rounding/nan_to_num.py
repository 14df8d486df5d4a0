import numpy as np
import torch

x = torch.tensor([float("nan"), float("inf"), float("-inf"), 1.5])
print(torch.nan_to_num(x))
#> tensor([ 0.0000e+00,  3.4028e+38, -3.4028e+38,  1.5000e+00])
print(torch.nan_to_num(x)[1].item() == torch.finfo(torch.float32).max)
#> True
print(np.nan_to_num(x.numpy()))
#> [ 0.0000000e+00  3.4028235e+38 -3.4028235e+38  1.5000000e+00]
print(torch.nan_to_num(x, nan=-1.0, posinf=100.0, neginf=-100.0))
#> tensor([  -1.0000,  100.0000, -100.0000,    1.5000])
print(torch.nan_to_num(x.half()))
#> tensor([ 0.0000e+00,  6.5504e+04, -6.5504e+04,  1.5000e+00],
#>        dtype=torch.float16)
