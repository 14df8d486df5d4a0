import itertools

import torch

x = torch.tensor([1, 2, 3, 4])
pairs = torch.combinations(x)
print(pairs.shape)
#> torch.Size([6, 2])
print(pairs.tolist() == [list(p) for p in itertools.combinations([1, 2, 3, 4], 2)])
#> True
print(torch.combinations(x, r=3).tolist())
#> [[1, 2, 3], [1, 2, 4], [1, 3, 4], [2, 3, 4]]
rep = torch.combinations(x[:3], with_replacement=True)
print(rep.tolist())
#> [[1, 1], [1, 2], [1, 3], [2, 2], [2, 3], [3, 3]]
print(rep.tolist() == [list(p) for p in itertools.combinations_with_replacement([1, 2, 3], 2)])
#> True
print(torch.equal(torch.combinations(torch.arange(4)).T, torch.triu_indices(4, 4, offset=1)))
#> True
print(torch.combinations(x, r=0), list(itertools.combinations([1, 2, 3, 4], 0)))
#> tensor([], dtype=torch.int64) [()]
