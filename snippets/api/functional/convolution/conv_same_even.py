import warnings

import torch
import torch.nn.functional as F

x = torch.tensor([[[1.0, 2.0, 3.0, 4.0, 5.0]]])
w = torch.tensor([[[1.0, 10.0]]])
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    same = F.conv1d(x, w, padding="same")
print(same)
#> tensor([[[21., 32., 43., 54.,  5.]]])
print(torch.equal(same, F.conv1d(F.pad(x, (0, 1)), w)))
#> True
print(len(caught), caught[0].category.__name__)
#> 1 UserWarning
