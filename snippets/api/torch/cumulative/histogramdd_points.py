import numpy as np
import torch

points = torch.tensor([[0.0, 0.0], [0.5, 1.5], [1.5, 0.5], [1.5, 1.5], [1.8, 1.9], [3.0, 3.0]])
result = torch.histogramdd(points, bins=[2, 2], range=[0.0, 2.0, 0.0, 2.0])
print(type(result).__name__, type(result.bin_edges).__name__, len(result.bin_edges))
#> histogramdd tuple 2
print(result.hist)
#> tensor([[1., 1.],
#>         [1., 2.]])
print(result.bin_edges)
#> (tensor([0., 1., 2.]), tensor([0., 1., 2.]))
H, edges = np.histogramdd(points.numpy(), bins=[2, 2], range=[(0, 2), (0, 2)])
print(np.array_equal(result.hist.numpy(), H))
#> True

d = torch.histogramdd(points, bins=[2, 2], range=[0.0, 2.0, 0.0, 2.0], density=True)
print(d.hist.sum().item())
#> 1.0
