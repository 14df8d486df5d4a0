import torch
import torch.nn.functional as F

torch.manual_seed(0)
distance = torch.tensor([0.3, 0.3, 0.3])
target = torch.tensor([1.0, -1.0, 0.0])

print(F.hinge_embedding_loss(distance, target, reduction="none"))
#> tensor([0.3000, 0.7000, 1.0000])
print("x + max(0, 1 - x):", distance[2] + (1.0 - distance[2]).clamp(min=0))
#> x + max(0, 1 - x): tensor(1.)
