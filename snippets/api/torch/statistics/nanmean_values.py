import numpy as np
import torch

nan = float("nan")
x = torch.tensor([[1., nan, 3.], [4., 5., 9.]])
print(torch.mean(x, dim=1))
#> tensor([nan, 6.])
print(torch.nanmean(x, dim=1), np.nanmean(x.numpy(), axis=1))
#> tensor([2., 6.]) [2. 6.]
print(torch.nanmean(x, dim=1, keepdim=True).shape, torch.nanmean(x))
#> torch.Size([2, 1]) tensor(4.4000)
print(torch.nanmean(torch.tensor([nan, nan])))
#> tensor(nan)
try:
    torch.nanmean(torch.tensor([1, 2]), dtype=torch.float32)
except RuntimeError as e:
    print(type(e).__name__, str(e))
    #> RuntimeError nanmean(): expected input to have floating point or complex dtype but got Long
