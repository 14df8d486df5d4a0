import math

import torch

a = torch.tensor([7, -7, 7, -7])
b = torch.tensor([2, 2, -2, -2])
q = torch.div(a, b)
print(q, q.dtype)
#> tensor([ 3.5000, -3.5000, -3.5000,  3.5000]) torch.float32
print(torch.equal(torch.divide(a, b), q), torch.equal(torch.true_divide(a, b), q), torch.equal(a / b, q))
#> True True True

trunc = torch.div(a, b, rounding_mode="trunc")
floor = torch.divide(a, b, rounding_mode="floor")
print(trunc, trunc.dtype)
#> tensor([ 3, -3, -3,  3]) torch.int64
print([math.trunc(x / y) for x, y in zip(a.tolist(), b.tolist())])
#> [3, -3, -3, 3]
print(floor)
#> tensor([ 3, -4, -4,  3])
print([x // y for x, y in zip(a.tolist(), b.tolist())])
#> [3, -4, -4, 3]
