import math

import torch
from torch import nn

torch.manual_seed(0)
x1, x2 = torch.randn(4, 3), torch.randn(4, 3)
dist = nn.PairwiseDistance()
out = dist(x1, x2)
print("(4, 3), (4, 3) ->", tuple(out.shape), "keepdim=True ->", tuple(nn.PairwiseDistance(keepdim=True)(x1, x2).shape), "parameters:", list(dist.parameters()))
#> (4, 3), (4, 3) -> (4,) keepdim=True -> (4, 1) parameters: []
by_hand = math.sqrt(sum((x1[0, i].item() - x2[0, i].item() + 1e-6) ** 2 for i in range(3)))
print("out[0]:", round(out[0].item(), 4), "by hand ||x1 - x2 + eps||:", round(by_hand, 4))
#> out[0]: 2.9865 by hand ||x1 - x2 + eps||: 2.9865
print("p=1:", torch.allclose(nn.PairwiseDistance(p=1.0)(x1, x2), (x1 - x2 + 1e-6).abs().sum(1)))
#> p=1: True

same = torch.randn(1, 100)
print("identical vectors (D=100):", f"{dist(same, same).item():.3e}", "eps * sqrt(D):", f"{1e-6 * math.sqrt(100):.3e}")
#> identical vectors (D=100): 1.000e-05 eps * sqrt(D): 1.000e-05
print("eps=0:", nn.PairwiseDistance(eps=0.0)(same, same).item())
#> eps=0: 0.0
