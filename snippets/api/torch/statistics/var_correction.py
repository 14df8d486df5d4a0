import numpy as np
import torch

x = torch.tensor([[2., 4., 4., 4.], [5., 5., 7., 9.]])
print(torch.var(x, dim=1), torch.allclose(torch.var(x, dim=1), torch.std(x, dim=1) ** 2))
#> tensor([1.0000, 3.6667]) True
print(torch.var(x, dim=1, correction=0), np.var(x.numpy(), axis=1))
#> tensor([0.7500, 2.7500]) [0.75 2.75]
squares = (5 - 6.5) ** 2 + (5 - 6.5) ** 2 + (7 - 6.5) ** 2 + (9 - 6.5) ** 2
print(squares, round(squares / (4 - 1), 4), squares / 4)
#> 11.0 3.6667 2.75
print(torch.var(x, dim=1, keepdim=True).shape, torch.var(x))
#> torch.Size([2, 1]) tensor(4.5714)
