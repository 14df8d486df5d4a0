import warnings

import torch


def warnings_from_three_calls():
    a = torch.ones(2, 3, 3)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        for _ in range(3):
            torch.cross(a, a)
    return len(caught)


print(torch.is_warn_always_enabled(), warnings_from_three_calls())
#> False 1
torch.set_warn_always(True)
print(torch.is_warn_always_enabled(), warnings_from_three_calls())
#> True 3
torch.set_warn_always(False)
print(torch.is_warn_always_enabled(), warnings_from_three_calls())
#> False 0
