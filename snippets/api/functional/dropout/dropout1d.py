import torch
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.ones(2, 4, 3)
y = F.dropout1d(x, p=0.5)
print(y[0])
#> tensor([[0., 0., 0.],
#>         [0., 0., 0.],
#>         [2., 2., 2.],
#>         [0., 0., 0.]])
print(y.amax(dim=2), torch.equal(y.amax(dim=2), y.amin(dim=2)))
#> tensor([[0., 0., 2., 0.],
#>         [0., 0., 2., 2.]]) True

print(F.dropout1d(torch.ones(4, 3), p=0.5).amax(dim=1))
#> tensor([0., 2., 2., 2.])

try:
    F.dropout1d(torch.ones(2, 4, 3, 3), p=0.5)
except RuntimeError as error:
    print("RuntimeError:", str(error).split(". ")[0])
    #> RuntimeError: dropout1d: Expected 2D or 3D input, but received a 4D input

torch.manual_seed(1)
from_function = F.dropout1d(x, p=0.5)
torch.manual_seed(1)
from_module = torch.nn.Dropout1d(p=0.5)(x)
print(torch.equal(from_function, from_module), F.dropout1d(x, training=False) is x)
#> True True
