import math

import torch

a = torch.tensor([4, -4, -4, 0, 0, 7])
b = torch.tensor([6, 6, -6, 5, 0, 1])
m = torch.lcm(a, b)
print(m, m.dtype)
#> tensor([12, 12, 12,  0,  0,  7]) torch.int64
print(m.tolist() == [math.lcm(p, q) for p, q in zip(a.tolist(), b.tolist())])
#> True
print(torch.equal(torch.lcm(a, b) * torch.gcd(a, b), (a * b).abs()))
#> True
