import numpy as np
import torch

flat = torch.tensor([0, 5, 7, 11])
rows, cols = torch.unravel_index(flat, (3, 4))
print(rows, cols)
#> tensor([0, 1, 1, 2]) tensor([0, 1, 3, 3])
print(np.unravel_index(flat.numpy(), (3, 4)))
#> (array([0, 1, 1, 2]), array([0, 1, 3, 3]))

x = torch.tensor([[3, 1, 4, 1],
                  [5, 9, 2, 6],
                  [5, 3, 5, 8]])
best = torch.argmax(x)
r, c = torch.unravel_index(best, x.shape)
print(best, r, c, x[r, c])
#> tensor(5) tensor(1) tensor(1) tensor(9)
