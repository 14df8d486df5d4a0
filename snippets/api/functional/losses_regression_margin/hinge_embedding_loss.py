import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
distance = torch.tensor([0.3, 0.3, 2.0, 0.5])
target = torch.tensor([1.0, -1.0, -1.0, -1.0])

loss = F.hinge_embedding_loss(distance, target, reduction="none")
print("margin=1:", loss)
#> margin=1: tensor([0.3000, 0.7000, 0.0000, 0.5000])
by_hand = torch.where(target == 1, distance, (1.0 - distance).clamp(min=0))
print("by hand:", torch.allclose(loss, by_hand))
#> by hand: True
print("margin=2:", F.hinge_embedding_loss(distance, target, margin=2.0, reduction="none"))
#> margin=2: tensor([0.3000, 1.7000, 0.0000, 1.5000])
print("mean:", F.hinge_embedding_loss(distance, target), loss.mean())
#> mean: tensor(0.3750) tensor(0.3750)
print("nn.HingeEmbeddingLoss:", torch.equal(F.hinge_embedding_loss(distance, target), nn.HingeEmbeddingLoss()(distance, target)))
#> nn.HingeEmbeddingLoss: True
