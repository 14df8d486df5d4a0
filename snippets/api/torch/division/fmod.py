import math

import torch

a = torch.tensor([5.5, -5.5, 5.5, -5.5])
b = torch.tensor([2.0, 2.0, -2.0, -2.0])
r = torch.fmod(a, b)
print(r)
#> tensor([ 1.5000, -1.5000,  1.5000, -1.5000])
print([math.fmod(x, y) for x, y in zip(a.tolist(), b.tolist())])
#> [1.5, -1.5, 1.5, -1.5]
print(torch.fmod(torch.tensor([7, -7]), 3))
#> tensor([ 1, -1])

print(torch.fmod(torch.tensor([1.0, -1.0]), 0))
#> tensor([nan, nan])
try:
    torch.fmod(torch.tensor([1, -1]), 0)
except RuntimeError as e:
    print(type(e).__name__, str(e).splitlines()[0][:80])
    #> RuntimeError ZeroDivisionError
