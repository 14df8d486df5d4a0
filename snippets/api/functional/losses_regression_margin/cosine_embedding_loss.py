import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
x1 = torch.tensor([[1.0, 0.0], [1.0, 0.0], [1.0, 0.0]])
x2 = torch.tensor([[1.0, 1.0], [1.0, 1.0], [0.0, 1.0]])
target = torch.tensor([1, -1, -1])

cos = F.cosine_similarity(x1, x2)
print("cos:", cos)
#> cos: tensor([0.7071, 0.7071, 0.0000])
for margin in (0.0, 0.5):
    loss = F.cosine_embedding_loss(x1, x2, target, margin=margin, reduction="none")
    by_hand = torch.where(target == 1, 1 - cos, (cos - margin).clamp(min=0))
    print(f"margin={margin}:", loss, torch.allclose(loss, by_hand))
    #> margin=0.0: tensor([0.2929, 0.7071, 0.0000]) True
    #> margin=0.5: tensor([0.2929, 0.2071, 0.0000]) True
module = nn.CosineEmbeddingLoss(margin=0.5)
print("nn.CosineEmbeddingLoss:", torch.equal(F.cosine_embedding_loss(x1, x2, target, margin=0.5), module(x1, x2, target)))
#> nn.CosineEmbeddingLoss: True
print("target 0:", F.cosine_embedding_loss(x1, x2, torch.tensor([0, 0, 0]), reduction="none"))
#> target 0: tensor([0., 0., 0.])
