import numpy as np
from torch.utils.data import DataLoader, default_convert

sample = {"x": np.array([1.0, 2.0]), "y": 3, "pair": (np.int64(4), "a")}
print(default_convert(sample))
#> {'x': tensor([1., 2.], dtype=torch.float64), 'y': 3, 'pair': [tensor(4), 'a']}

arrays = [np.array([1, 2]), np.array([3, 4])]
print(default_convert(arrays))
#> [tensor([1, 2]), tensor([3, 4])]
print(list(DataLoader(arrays, batch_size=None)))
#> [tensor([1, 2]), tensor([3, 4])]
print(next(iter(DataLoader(arrays, batch_size=2))))
#> tensor([[1, 2],
#>         [3, 4]])
