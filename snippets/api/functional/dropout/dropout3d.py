import warnings

import torch
import torch.nn.functional as F

torch.manual_seed(0)
volumes = torch.ones(2, 3, 2, 2, 2)
y = F.dropout3d(volumes, p=0.5)
print(y.amax(dim=(2, 3, 4)), torch.equal(y.amax(dim=(2, 3, 4)), y.amin(dim=(2, 3, 4))))
#> tensor([[0., 0., 2.],
#>         [0., 0., 0.]]) True

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    unbatched = F.dropout3d(torch.ones(3, 2, 2, 2), p=0.5)
print(len(caught), unbatched.amax(dim=(1, 2, 3)), torch.equal(unbatched.amax(dim=(1, 2, 3)), unbatched.amin(dim=(1, 2, 3))))
#> 0 tensor([2., 2., 0.]) True

torch.manual_seed(1)
from_function = F.dropout3d(volumes, p=0.5)
torch.manual_seed(1)
from_module = torch.nn.Dropout3d(p=0.5)(volumes)
print(torch.equal(from_function, from_module))
#> True
