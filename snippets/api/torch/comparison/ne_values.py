import numpy as np
import torch

a = torch.tensor([1.0, 2.0, float("nan")])
b = torch.tensor([1.0, 3.0, float("nan")])
print(torch.ne(a, b))
#> tensor([False,  True,  True])
print(np.not_equal(a.numpy(), b.numpy()))
#> [False  True  True]
print(torch.equal(torch.not_equal(a, b), torch.ne(a, b)), torch.equal(a != b, torch.ne(a, b)))
#> True True
print(torch.equal(torch.ne(a, b), ~torch.eq(a, b)))
#> True
print(torch.ne(a, 1))
#> tensor([False,  True,  True])
