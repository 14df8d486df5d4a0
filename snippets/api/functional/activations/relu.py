import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.tensor([-2.0, -0.5, 0.0, 0.5, 2.0])
y = F.relu(x)
print(y)
#> tensor([0.0000, 0.0000, 0.0000, 0.5000, 2.0000])
print(torch.clamp(x, min=0.0))
#> tensor([0.0000, 0.0000, 0.0000, 0.5000, 2.0000])
print(torch.equal(y, nn.ReLU()(x)))
#> True

a = x.clone()
ptr = a.data_ptr()
b = F.relu(a, inplace=True)
print(a, b is a, b.data_ptr() == ptr)
#> tensor([0.0000, 0.0000, 0.0000, 0.5000, 2.0000]) True True

c = x.clone()
d = F.relu_(c)
print(c, d is c)
#> tensor([0.0000, 0.0000, 0.0000, 0.5000, 2.0000]) True
print(x)
#> tensor([-2.0000, -0.5000,  0.0000,  0.5000,  2.0000])
print([name for name in dir(F) if name.endswith("_") and not name.startswith("_")])
#> ['celu_', 'elu_', 'hardtanh_', 'leaky_relu_', 'relu_', 'rrelu_', 'selu_', 'threshold_']
