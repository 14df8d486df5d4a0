import torch
import torch.nn.functional as F

torch.manual_seed(0)
points = torch.tensor([[0.0, 0.0], [3.0, 4.0], [6.0, 8.0], [0.0, 1.0]])
d = F.pdist(points)
print(d, len(d), 4 * 3 // 2)
#> tensor([ 5.0000, 10.0000,  1.0000,  5.0000,  4.2426,  9.2195]) 6 6
full = torch.cdist(points, points)
print(full)
#> tensor([[ 0.0000,  5.0000, 10.0000,  1.0000],
#>         [ 5.0000,  0.0000,  5.0000,  4.2426],
#>         [10.0000,  5.0000,  0.0000,  9.2195],
#>         [ 1.0000,  4.2426,  9.2195,  0.0000]])
i, j = torch.triu_indices(4, 4, offset=1)
print(list(zip(i.tolist(), j.tolist())))
#> [(0, 1), (0, 2), (0, 3), (1, 2), (1, 3), (2, 3)]
print(torch.allclose(full[i, j], d))
#> True
print(F.pdist(points, p=1.0))
#> tensor([ 7., 14.,  1.,  7.,  6., 13.])
