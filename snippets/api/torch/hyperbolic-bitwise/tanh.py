import math

import torch

x = torch.tensor([-10.0, -1.0, 0.0, 1.0, 10.0])
y = torch.tanh(x)
print(y)
#> tensor([-1.0000, -0.7616,  0.0000,  0.7616,  1.0000])
print(y[3].item(), math.tanh(1.0))
#> 0.7615941762924194 0.7615941559557649
print(y[4].item() == 1.0, torch.tanh(torch.tensor(10.0, dtype=torch.float64)).item())
#> True 0.9999999958776927
print(torch.equal(torch.nn.functional.tanh(x), y), torch.tanh(torch.tensor([1])).dtype)
#> True torch.float32
