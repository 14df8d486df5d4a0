import warnings

import torch

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    r = torch.range(0, 4)
    quarters = torch.range(0, 1, 0.25)
    ints = torch.range(0, 4, dtype=torch.int64)
print(len(caught), caught[0].category.__name__ + ":", str(caught[0].message)[:45])
#> 3 UserWarning: torch.range is deprecated and will be removed
print(str(caught[0].message).split(". ")[-1])
#> Instead, use torch.arange, which produces values in [start, end).
print(r, r.dtype)
#> tensor([0., 1., 2., 3., 4.]) torch.float32
print(torch.equal(r, torch.arange(0, 5, dtype=torch.float32)))
#> True
print(quarters)
#> tensor([0.0000, 0.2500, 0.5000, 0.7500, 1.0000])
print(torch.arange(0, 1, 0.25))
#> tensor([0.0000, 0.2500, 0.5000, 0.7500])
print(ints)
#> tensor([0, 1, 2, 3, 4])
