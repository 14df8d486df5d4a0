import numpy as np
import torch
from torch.utils.data import DataLoader

samples = [
    (torch.tensor([1.0, 2.0]), 0, 0.5, "cat", np.array([1, 1])),
    (torch.tensor([3.0, 4.0]), 1, 1.5, "dog", np.array([2, 2])),
    (torch.tensor([5.0, 6.0]), 2, 2.5, "owl", np.array([3, 3])),
]
features, labels, weights, names, arrays = next(iter(DataLoader(samples, batch_size=3)))
print(features)
#> tensor([[1., 2.],
#>         [3., 4.],
#>         [5., 6.]])
print(labels)
#> tensor([0, 1, 2])
print(weights)
#> tensor([0.5000, 1.5000, 2.5000], dtype=torch.float64)
print(names)
#> ('cat', 'dog', 'owl')
print(arrays)
#> tensor([[1, 1],
#>         [2, 2],
#>         [3, 3]])

ragged = [torch.tensor([1, 2, 3]), torch.tensor([4, 5])]
try:
    next(iter(DataLoader(ragged, batch_size=2)))
except RuntimeError as error:
    print("RuntimeError:", str(error).split(",")[0])
    #> RuntimeError: stack expects each tensor to be equal size
