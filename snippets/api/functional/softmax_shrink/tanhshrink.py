import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.tensor([-3.0, -1.0, -0.5, 0.0, 0.5, 1.0, 3.0])
y = F.tanhshrink(x)
print(y)
#> tensor([-2.0049, -0.2384, -0.0379,  0.0000,  0.0379,  0.2384,  2.0049])
print(x - torch.tanh(x))
#> tensor([-2.0049, -0.2384, -0.0379,  0.0000,  0.0379,  0.2384,  2.0049])
print(torch.equal(y, nn.Tanhshrink()(x)))
#> True
