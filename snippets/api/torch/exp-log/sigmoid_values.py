import math

import torch
import torch.nn.functional as F

x = torch.tensor([-100.0, -1.0, 0.0, 1.0, 100.0])
print(torch.sigmoid(x))
#> tensor([0.0000, 0.2689, 0.5000, 0.7311, 1.0000])
print(torch.sigmoid(x)[3].item(), 1 / (1 + math.exp(-1.0)))
#> 0.7310585975646973 0.7310585786300049
print(torch.equal(torch.sigmoid(x), 1 / (1 + torch.exp(-x))))
#> True
print(torch.equal(F.sigmoid(x), torch.sigmoid(x)), torch.equal(x.sigmoid(), torch.sigmoid(x)))
#> True True
print(torch.sigmoid(torch.tensor([1, 2])).dtype)
#> torch.float32
