import numpy as np
import torch

x = torch.tensor([1.0, float("inf"), -float("inf"), float("nan")])
print(torch.isinf(x))
#> tensor([False,  True,  True, False])
print(torch.isposinf(x))
#> tensor([False,  True, False, False])
print(torch.isneginf(x))
#> tensor([False, False,  True, False])
print(torch.equal(torch.isinf(x), torch.isposinf(x) | torch.isneginf(x)))
#> True
print(np.array_equal(torch.isposinf(x).numpy(), np.isposinf(x.numpy())))
#> True
print(torch.isposinf(torch.tensor([3e38]) * 10))
#> tensor([True])

z = torch.tensor([complex(float("-inf"), 0.0)])
print(torch.isinf(z))
#> tensor([True])
try:
    torch.isneginf(z)
except RuntimeError as e:
    print(type(e).__name__, e)
    #> RuntimeError isneginf does not support complex inputs.
