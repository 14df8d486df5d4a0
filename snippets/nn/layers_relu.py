import torch
import torch.nn as nn

x = torch.tensor([-2.0, -0.5, 0.0, 1.5])
print(nn.ReLU()(x))
#> tensor([0.0000, 0.0000, 0.0000, 1.5000])
print(x)
#> tensor([-2.0000, -0.5000,  0.0000,  1.5000])

relu_inplace = nn.ReLU(inplace=True)
y = relu_inplace(x)
print(x, y is x)
#> tensor([0.0000, 0.0000, 0.0000, 1.5000]) True
