import warnings

import torch

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    torch.set_default_tensor_type(torch.DoubleTensor)
for w in caught:
    print(w.category.__name__ + ":", str(w.message).split(" (Triggered")[0])
    #> UserWarning: torch.set_default_tensor_type() is deprecated as of PyTorch 2.1, please use torch.set_default_dtype() and torch.set_default_device() as alternatives.
print(torch.get_default_dtype(), torch.tensor(1.5).dtype, torch.zeros(1).dtype)
#> torch.float64 torch.float64 torch.float64
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    torch.set_default_tensor_type(torch.FloatTensor)
print(len(caught), torch.get_default_dtype())
#> 0 torch.float32

torch.set_default_dtype(torch.float64)
print(torch.get_default_dtype(), torch.zeros(1).dtype)
#> torch.float64 torch.float64
torch.set_default_dtype(torch.float32)
torch.set_default_device("meta")
print(torch.get_default_device(), torch.zeros(1).device)
#> meta meta
torch.set_default_device(None)
try:
    torch.set_default_tensor_type(torch.float64)
except TypeError as e:
    print(type(e).__name__ + ":", str(e).splitlines()[0])
    #> TypeError: invalid type object: only floating-point types are supported as the default type
