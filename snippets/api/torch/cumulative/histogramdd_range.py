import numpy as np
import torch

points = torch.tensor([[0.5, 1.5], [1.5, 0.5], [1.5, 1.5]])
try:
    torch.histogramdd(points, bins=2, range=[(0.0, 2.0), (0.0, 2.0)])
except TypeError as e:
    print(type(e).__name__, str(e).splitlines()[0][:58])
    #> TypeError histogramdd() received an invalid combination of arguments
print(torch.histogramdd(points, bins=2, range=[0.0, 2.0, 0.0, 2.0]).hist)
#> tensor([[0., 1.],
#>         [1., 1.]])
print(np.histogramdd(points.numpy(), bins=2, range=[(0, 2), (0, 2)])[0])
#> [[0. 1.]
#>  [1. 1.]]
