import warnings

import torch
import torch.nn.functional as F

print(torch.are_deterministic_algorithms_enabled(), torch.is_deterministic_algorithms_warn_only_enabled())
#> False False
x = torch.tensor([[[1.0, 3.0, 2.0, 4.0]]])
pooled, where = F.max_pool1d(x, 2, return_indices=True)
print(F.max_unpool1d(pooled, where, 2))
#> tensor([[[0., 3., 0., 4.]]])

torch.use_deterministic_algorithms(True)
print(torch.are_deterministic_algorithms_enabled(), torch.is_deterministic_algorithms_warn_only_enabled())
#> True False
try:
    F.max_unpool1d(pooled, where, 2)
except RuntimeError as e:
    print(type(e).__name__, str(e).split(",")[0])
    #> RuntimeError max_unpooling2d_forward_out does not have a deterministic implementation

torch.use_deterministic_algorithms(True, warn_only=True)
print(torch.are_deterministic_algorithms_enabled(), torch.is_deterministic_algorithms_warn_only_enabled())
#> True True
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    out = F.max_unpool1d(pooled, where, 2)
print(out, [w.category.__name__ for w in caught])
#> tensor([[[0., 3., 0., 4.]]]) ['UserWarning']

torch.use_deterministic_algorithms(False)
print(torch.are_deterministic_algorithms_enabled(), torch.is_deterministic_algorithms_warn_only_enabled())
#> False False
