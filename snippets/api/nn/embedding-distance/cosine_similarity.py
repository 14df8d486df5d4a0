import torch
from torch import nn

torch.manual_seed(0)
x1, x2 = torch.randn(4, 3), torch.randn(4, 3)
cos = nn.CosineSimilarity(dim=1)
out = cos(x1, x2)
print("(4, 3), (4, 3) ->", tuple(out.shape), "parameters:", list(cos.parameters()))
#> (4, 3), (4, 3) -> (4,) parameters: []
by_hand = (x1 * x2).sum(1) / (x1.norm(dim=1) * x2.norm(dim=1))
print("out[0]:", round(out[0].item(), 4), "by hand x1·x2 / (|x1||x2|):", round(by_hand[0].item(), 4))
#> out[0]: 0.1463 by hand x1·x2 / (|x1||x2|): 0.1463
print("allclose:", torch.allclose(out, by_hand))
#> allclose: True

print("dim=0 ->", tuple(nn.CosineSimilarity(dim=0)(x1, x2).shape))
#> dim=0 -> (3,)
print("broadcast (4, 3) with (1, 3) ->", tuple(cos(x1, x2[:1]).shape))
#> broadcast (4, 3) with (1, 3) -> (4,)

zero = torch.zeros(1, 3)
print("zero vector:", cos(zero, x2[:1]).item())
#> zero vector: 0.0
tiny, v = torch.full((1, 3), 1e-6), x2[:1]
print("tiny vector, eps=1e-8:", round(cos(tiny, v).item(), 4))
#> tiny vector, eps=1e-8: -0.2716
eps = 1e-3
hand = (tiny * v).sum() / (max(tiny.norm().item(), eps) * max(v.norm().item(), eps))
print("eps=1e-3:", round(nn.CosineSimilarity(dim=1, eps=eps)(tiny, v).item(), 6), "by hand x1·x2 / (max(|x1|, eps) max(|x2|, eps)):", round(hand.item(), 6))
#> eps=1e-3: -0.00047 by hand x1·x2 / (max(|x1|, eps) max(|x2|, eps)): -0.00047
