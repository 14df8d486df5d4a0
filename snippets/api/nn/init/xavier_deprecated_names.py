import warnings

import torch
from torch import nn

old = [name for name in dir(nn.init) if not name.startswith("_") and hasattr(nn.init, name + "_")]
print("old names:", old)
#> old names: ['constant', 'dirac', 'eye', 'kaiming_normal', 'kaiming_uniform', 'normal', 'orthogonal', 'sparse', 'uniform', 'xavier_normal', 'xavier_uniform']
print("no old name:", [name for name in ("ones", "zeros", "trunc_normal") if not hasattr(nn.init, name)])
#> no old name: ['ones', 'zeros', 'trunc_normal']

w = torch.empty(3, 4)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    result = nn.init.xavier_normal(w)
print(f"{caught[0].category.__name__}: {caught[0].message}")
#> FutureWarning: `nn.init.xavier_normal` is now deprecated in favor of `nn.init.xavier_normal_`.
print("same tensor, filled in place:", result is w)
#> same tensor, filled in place: True
