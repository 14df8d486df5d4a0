import numpy as np
import torch

x = torch.tensor([-1.0, 0.0, 0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 10.0])
result = torch.histogram(x, bins=3, range=(0.0, 3.0))
print(type(result).__name__, isinstance(result, tuple))
#> histogram True
print(result.hist, result.bin_edges)
#> tensor([2., 2., 3.]) tensor([0., 1., 2., 3.])
counts, edges = np.histogram(x.numpy(), bins=3, range=(0, 3))
print(np.array_equal(result.hist.numpy(), counts), np.allclose(result.bin_edges.numpy(), edges))
#> True True

hist, bin_edges = torch.histogram(x, bins=torch.tensor([-1.0, 0.0, 2.0, 10.0]))
print(hist, np.histogram(x.numpy(), bins=[-1, 0, 2, 10])[0])
#> tensor([1., 4., 4.]) [1 4 4]
print(torch.histogram(x, bins=3, range=(0.0, 3.0), weight=torch.full((9,), 0.5)).hist)
#> tensor([1.0000, 1.0000, 1.5000])
