import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
x1 = torch.tensor([[0.0, 0.0], [1.0, 2.0]])
x2 = torch.tensor([[3.0, 4.0], [2.0, 2.0]])
d = F.pairwise_distance(x1, x2)
print(d)
#> tensor([5.0000, 1.0000])
print(torch.linalg.vector_norm(x1 - x2 + 1e-6, dim=-1))
#> tensor([5.0000, 1.0000])
print(F.pairwise_distance(x1, x2, p=1.0), F.pairwise_distance(x1, x2, p=float("inf")))
#> tensor([7.0000, 1.0000]) tensor([4.0000, 1.0000])
print(tuple(d.shape), tuple(F.pairwise_distance(x1, x2, keepdim=True).shape))
#> (2,) (2, 1)
print(F.pairwise_distance(torch.tensor([0.0, 0.0]), x2))
#> tensor([5.0000, 2.8284])
print(torch.equal(d, nn.PairwiseDistance()(x1, x2)))
#> True
