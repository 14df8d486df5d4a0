import torch
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.ones(10)
y = F.dropout(x, p=0.2)
print(y)
#> tensor([0.0000, 1.2500, 1.2500, 0.0000, 1.2500, 1.2500, 1.2500, 1.2500, 1.2500,
#>         1.2500])
print(1 / (1 - 0.2), y[y != 0].unique())
#> 1.25 tensor([1.2500])

big = F.dropout(torch.ones(100_000), p=0.2)
print(round((big == 0).float().mean().item(), 3), round(big.mean().item(), 3))
#> 0.201 0.999

print(F.dropout(x, p=0.2, training=False) is x)
#> True

torch.manual_seed(1)
from_function = F.dropout(x, p=0.2)
torch.manual_seed(1)
from_module = torch.nn.Dropout(p=0.2)(x)
print(torch.equal(from_function, from_module))
#> True

z = torch.ones(6)
address = z.data_ptr()
result = F.dropout(z, p=0.5, inplace=True)
print(z, result.data_ptr() == address)
#> tensor([0., 2., 0., 2., 2., 2.]) True
