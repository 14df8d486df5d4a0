import warnings

import numpy as np
import torch

array = np.array([1.0, 2.0, 3.0])
shared = torch.asarray(array)
copied = torch.asarray(array, copy=True)
print(shared.dtype, shared.data_ptr() == array.ctypes.data, copied.data_ptr() == array.ctypes.data)
#> torch.float64 True False
array[0] = 100.0
print(shared, copied)
#> tensor([100.,   2.,   3.], dtype=torch.float64) tensor([1., 2., 3.], dtype=torch.float64)

cast = torch.asarray(array, dtype=torch.float32)
print(cast.dtype, cast.data_ptr() == array.ctypes.data)
#> torch.float32 False
try:
    torch.asarray(array, dtype=torch.float32, copy=False)
except ValueError as e:
    print(type(e).__name__, str(e).splitlines()[0][:80])
    #> ValueError can't alias tensor with dtype 'Double' into dtype 'Float'.

print(torch.asarray([1.0, 2.0]).dtype, torch.asarray(np.float64(2.0)).dtype)
#> torch.float32 torch.float64

x = torch.arange(3.0)
print(torch.asarray(x) is x, torch.asarray(x, device="cpu") is x)
#> True True

w = torch.ones(2, requires_grad=True)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    same = torch.asarray(w)
print(same is w, caught[0].category.__name__, str(caught[0].message).split(". ")[0])
#> True UserWarning torch.asarray: unspecified requires_grad now defaults to obj.requires_grad instead of False
detached = torch.asarray(w, requires_grad=False)
print(detached.requires_grad, detached.data_ptr() == w.data_ptr())
#> False True
