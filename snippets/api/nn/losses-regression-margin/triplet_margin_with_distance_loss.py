import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
anchor, positive, negative = torch.randn(3, 4, 8).unbind(0)

default = nn.TripletMarginWithDistanceLoss()(anchor, positive, negative)
print("default = TripletMarginLoss():", torch.allclose(default, nn.TripletMarginLoss()(anchor, positive, negative)))
#> default = TripletMarginLoss(): True


def cosine_distance(x, y):
    return 1.0 - F.cosine_similarity(x, y)


criterion = nn.TripletMarginWithDistanceLoss(distance_function=cosine_distance, margin=0.5, reduction="none")
loss = criterion(anchor, positive, negative)
by_hand = (cosine_distance(anchor, positive) - cosine_distance(anchor, negative) + 0.5).clamp_min(0)
print("'none':", tuple(loss.shape), "| equals max(d(a, p) - d(a, n) + margin, 0):", torch.allclose(loss, by_hand))
#> 'none': (4,) | equals max(d(a, p) - d(a, n) + margin, 0): True

l1 = nn.TripletMarginWithDistanceLoss(distance_function=nn.PairwiseDistance(p=1.0))
print("submodules:", [name for name, _ in l1.named_children()], "| parameters:", list(l1.parameters()))
#> submodules: ['distance_function'] | parameters: []
print("nn.PairwiseDistance(p=1) = TripletMarginLoss(p=1):", torch.allclose(l1(anchor, positive, negative), nn.TripletMarginLoss(p=1.0)(anchor, positive, negative)))
#> nn.PairwiseDistance(p=1) = TripletMarginLoss(p=1): True
try:
    nn.TripletMarginWithDistanceLoss(cosine_distance)
except TypeError as error:
    print("positional distance_function:", type(error).__name__)
    #> positional distance_function: TypeError
