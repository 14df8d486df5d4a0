import numpy as np
import torch

elements = torch.tensor([[1, 2], [3, 4]])
test = torch.tensor([2, 4, 6])
print(torch.isin(elements, test))
#> tensor([[False,  True],
#>         [False,  True]])
print(np.array_equal(torch.isin(elements, test).numpy(), np.isin(elements.numpy(), test.numpy())))
#> True
print(torch.isin(elements, test, invert=True))
#> tensor([[ True, False],
#>         [ True, False]])
print(torch.equal(torch.isin(elements, test, invert=True), ~torch.isin(elements, test)))
#> True
print(torch.isin(elements, 3))
#> tensor([[False, False],
#>         [ True, False]])
print(torch.isin(torch.tensor([1, 2]), torch.tensor([1.0, 2.5])))
#> tensor([ True, False])
print(torch.isin(elements, test, assume_unique=True))
#> tensor([[False,  True],
#>         [False,  True]])
