import warnings

import numpy as np
import torch

x = torch.linspace(0, 2, 5)
y = x**2
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    old_x = torch.trapz(y, x)
    old_dx = torch.trapz(y, dx=0.5)
print(old_x, old_dx, len(caught))
#> tensor(2.7500) tensor(2.7500) 0
print(torch.allclose(old_x, torch.trapezoid(y, x)), torch.equal(old_dx, torch.trapezoid(y, dx=0.5)))
#> True True
print(torch.trapz.__doc__.strip().splitlines()[-1])
#> Alias for :func:`torch.trapezoid`.
print(hasattr(np, "trapz"), hasattr(np, "trapezoid"))
#> False True
