import math

import torch

a = torch.tensor([12, -12, 12, 0, 0, 7])
b = torch.tensor([18, 18, -18, 5, 0, 0])
g = torch.gcd(a, b)
print(g, g.dtype)
#> tensor([6, 6, 6, 5, 0, 7]) torch.int64
print(g.tolist() == [math.gcd(p, q) for p, q in zip(a.tolist(), b.tolist())])
#> True
print(torch.gcd(torch.tensor([4, 6], dtype=torch.int8), torch.tensor([6, 9], dtype=torch.int8)))
#> tensor([2, 3], dtype=torch.int8)
print(torch.gcd(torch.tensor([[12], [8]]), torch.tensor([3, 4, 6])))
#> tensor([[3, 4, 6],
#>         [1, 4, 2]])
