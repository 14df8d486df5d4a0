import warnings

import torch
import torch.nn as nn

torch.manual_seed(0)
w = torch.empty(3, 4)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    result = nn.init.xavier_uniform(w)
print(f"{caught[0].category.__name__}: {caught[0].message}")
#> FutureWarning: `nn.init.xavier_uniform` is now deprecated in favor of `nn.init.xavier_uniform_`.
print(result is w, w.abs().max().item() <= (6 / (3 + 4)) ** 0.5)
#> True True
print(hasattr(nn.init, "xavier_uniform"), hasattr(nn.init, "xavier_uniform_"))
#> True True
