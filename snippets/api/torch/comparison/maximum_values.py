import numpy as np
import torch

a = torch.tensor([1.0, 5.0, float("nan")])
b = torch.tensor([3.0, 2.0, 0.0])
print(torch.maximum(a, b))
#> tensor([3., 5., nan])
print(np.maximum(a.numpy(), b.numpy()))
#> [ 3.  5. nan]
print(torch.maximum(torch.tensor([1, 5]), torch.tensor([2.5, 0.0])))
#> tensor([2.5000, 5.0000])
print(torch.maximum(torch.tensor([[0, 4]]), torch.tensor([[1], [3]])))
#> tensor([[1, 4],
#>         [3, 4]])
