import warnings

import numpy as np
import torch

x = torch.arange(4.0)
untyped = x.untyped_storage()
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    typed = x.storage()
for w in caught:
    print(w.category.__name__ + ":", str(w.message).split(".")[0])
    #> UserWarning: TypedStorage is deprecated
print(type(untyped).__name__, torch.is_storage(untyped))
#> UntypedStorage True
print(type(typed).__name__, torch.is_storage(typed))
#> TypedStorage True
print(torch.is_storage(x), torch.is_storage(np.ones(2)), torch.is_storage(x.numpy()))
#> False False False
print(untyped.nbytes(), x.numel() * x.element_size(), untyped.data_ptr() == x.data_ptr())
#> 16 16 True
