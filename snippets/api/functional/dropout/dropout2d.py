import torch
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.ones(2, 4, 3, 3)
y = F.dropout2d(x, p=0.5)
print(y[0, 0])
#> tensor([[0., 0., 0.],
#>         [0., 0., 0.],
#>         [0., 0., 0.]])
print(y[0, 2])
#> tensor([[2., 2., 2.],
#>         [2., 2., 2.],
#>         [2., 2., 2.]])
per_channel_max = y.amax(dim=(2, 3))
print(per_channel_max, torch.equal(per_channel_max, y.amin(dim=(2, 3))))
#> tensor([[0., 0., 2., 0.],
#>         [0., 0., 2., 2.]]) True

torch.manual_seed(1)
from_function = F.dropout2d(x, p=0.5)
torch.manual_seed(1)
from_module = torch.nn.Dropout2d(p=0.5)(x)
print(torch.equal(from_function, from_module))
#> True
