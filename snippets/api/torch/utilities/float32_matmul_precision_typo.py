import warnings

import torch

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    torch.set_float32_matmul_precision("low")
print([w.category.__name__ for w in caught], str(caught[0].message)[:45])
#> ['UserWarning'] low is not one of 'highest', 'high', or 'medi
print(torch.get_float32_matmul_precision())
#> highest
