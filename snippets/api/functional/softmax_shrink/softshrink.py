import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.tensor([-1.0, -0.2, 0.0, 0.2, 0.5, 1.0])
y = F.softshrink(x)
print(y)
#> tensor([-0.5000, -0.0000,  0.0000,  0.0000,  0.0000,  0.5000])
print(torch.sign(x) * torch.clamp(x.abs() - 0.5, min=0.0))
#> tensor([-0.5000, -0.0000,  0.0000,  0.0000,  0.0000,  0.5000])
print(F.hardshrink(x))
#> tensor([-1.,  0.,  0.,  0.,  0.,  1.])
print(torch.equal(y, nn.Softshrink(0.5)(x)))
#> True
try:
    F.softshrink(x, lambd=-1.0)
except RuntimeError as error:
    print("RuntimeError:", error)
    #> RuntimeError: lambda must be in range [0, 3.40282e+38] for input dtype Float, but found -1
print(torch.equal(F.hardshrink(x, lambd=-1.0), x))
#> True
