import warnings

import torch

index = torch.tensor([0, 0])
values = torch.tensor([1.0, 2.0])
print(torch.are_deterministic_algorithms_enabled())
#> False

torch.use_deterministic_algorithms(True)
print(torch.are_deterministic_algorithms_enabled())
#> True
try:
    torch.zeros(3).put_(index, values)
except RuntimeError as error:
    print(str(error).split(",")[0])
    #> put_ does not have a deterministic implementation
print(torch.zeros(3).put_(index, values, accumulate=True))
#> tensor([3., 0., 0.])
print(torch.empty(3))
#> tensor([nan, nan, nan])

torch.use_deterministic_algorithms(True, warn_only=True)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    torch.zeros(3).put_(index, values)
print([w.category.__name__ for w in caught])
#> ['UserWarning']

torch.use_deterministic_algorithms(False)
print(torch.are_deterministic_algorithms_enabled())
#> False
