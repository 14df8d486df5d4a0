import warnings

import torch
from torch.utils.data import DataLoader

data = torch.arange(6.0)
loader = DataLoader(data, batch_size=3, pin_memory=True)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    batch = next(iter(loader))

print("accelerator:", torch.accelerator.is_available())
#> accelerator: False
for warning in caught:
    print(warning.category.__name__ + ":", str(warning.message).split(",")[0])
    #> UserWarning: 'pin_memory' argument is set as true but no accelerator is found
print(batch.device, batch.is_pinned())
#> cpu False
