import torch
import torch.nn.functional as F

a = torch.tensor([[1.0, 0.0, 1.0],
                  [3.0, 4.0, 0.0]])
b = torch.tensor([[2.0, 0.0, 2.0],
                  [0.0, 4.0, 3.0]])

cosine = F.cosine_similarity(a, b, dim=1)
cosine_by_hand = (a * b).sum(dim=1) / (a.norm(dim=1) * b.norm(dim=1))
print(cosine, torch.allclose(cosine, cosine_by_hand))
#> tensor([1.0000, 0.6400]) True

distance = F.pairwise_distance(a, b)
distance_by_hand = (a - b).pow(2).sum(dim=1).sqrt()
print(distance, torch.allclose(distance, distance_by_hand))
#> tensor([1.4142, 4.2426]) True
