import warnings

import torch

a = torch.tensor([-7, -1, 5])
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    floored = torch.floor_divide(a, 2)
print(floored, len(caught))
#> tensor([-4, -1,  2]) 0
print(torch.div(a, 2, rounding_mode="trunc"))
#> tensor([-3,  0,  2])
