import torch
import torch.nn as nn

a = torch.tensor([[1.0, 0.0, 0.0], [1.0, 2.0, 2.0]])
b = torch.tensor([[0.0, 1.0, 0.0], [2.0, 4.0, 4.0]])

cos = nn.CosineSimilarity(dim=1)(a, b)
print(cos)
#> tensor([0., 1.])
print((a * b).sum(dim=1) / (a.norm(dim=1) * b.norm(dim=1)))
#> tensor([0., 1.])

dist = nn.PairwiseDistance(p=2)(a, b)
print(dist)
#> tensor([1.4142, 3.0000])
print(((a - b + 1e-6) ** 2).sum(dim=1).sqrt())
#> tensor([1.4142, 3.0000])
