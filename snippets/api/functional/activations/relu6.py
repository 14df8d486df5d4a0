import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.tensor([-2.0, 0.5, 3.0, 6.0, 8.0])
y = F.relu6(x)
print(y)
#> tensor([0.0000, 0.5000, 3.0000, 6.0000, 6.0000])
print(torch.clamp(x, 0.0, 6.0))
#> tensor([0.0000, 0.5000, 3.0000, 6.0000, 6.0000])
print(torch.equal(y, nn.ReLU6()(x)))
#> True

ptr = x.data_ptr()
out = F.relu6(x, inplace=True)
print(x, out.data_ptr() == ptr)
#> tensor([0.0000, 0.5000, 3.0000, 6.0000, 6.0000]) True
print(hasattr(F, "relu6_"))
#> False
