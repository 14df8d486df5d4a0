import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
x1 = torch.tensor([[1.0, 0.0], [1.0, 1.0], [1.0, 2.0]])
x2 = torch.tensor([[0.0, 1.0], [2.0, 2.0], [2.0, 1.0]])
sim = F.cosine_similarity(x1, x2)
print(sim)
#> tensor([0.0000, 1.0000, 0.8000])
print((x1 * x2).sum(dim=1) / (x1.norm(dim=1) * x2.norm(dim=1)))
#> tensor([0.0000, 1.0000, 0.8000])
print(F.cosine_similarity(x1, x2, dim=0))
#> tensor([0.8165, 0.7303])
print(torch.equal(sim, nn.CosineSimilarity(dim=1)(x1, x2)))
#> True

zero = torch.zeros(1, 2)
print(F.cosine_similarity(zero, torch.ones(1, 2)))
#> tensor([0.])
print(F.cosine_similarity(torch.tensor([[0.05, 0.0]]), torch.tensor([[0.1, 0.0]]), eps=0.01))
#> tensor([1.])

a, b = torch.tensor([1.0, 0.0]), torch.tensor([1.0, 1.0])
try:
    F.cosine_similarity(a, b)
except IndexError as error:
    print("IndexError:", error)
    #> IndexError: Dimension out of range (expected to be in range of [-1, 0], but got 1)
print(F.cosine_similarity(a, b, dim=0))
#> tensor(0.7071)
