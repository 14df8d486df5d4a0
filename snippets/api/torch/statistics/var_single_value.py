import warnings

import torch

batch = torch.tensor([[0.7, 1.3, 2.0]])
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(torch.var(batch, dim=0))
    #> tensor([nan, nan, nan])
print(str(caught[0].message).split(" (Triggered")[0])
#> var(): degrees of freedom is <= 0. Correction should be strictly less than the reduction factor (input numel divided by output numel).
print(torch.var(batch, dim=0, correction=0))
#> tensor([0., 0., 0.])
