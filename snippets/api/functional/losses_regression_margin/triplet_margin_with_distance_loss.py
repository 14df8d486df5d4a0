import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
anchor = torch.tensor([[1.0, 0.0], [1.0, 0.0]])
positive = torch.tensor([[2.0, 0.0], [1.0, 1.0]])
negative = torch.tensor([[0.0, 3.0], [1.0, 0.1]])


def cosine_distance(x, y):
    return 1.0 - F.cosine_similarity(x, y)


loss = F.triplet_margin_with_distance_loss(
    anchor, positive, negative, distance_function=cosine_distance, margin=0.5, reduction="none"
)
print("cosine:", loss)
#> cosine: tensor([0.0000, 0.7879])
d_pos, d_neg = cosine_distance(anchor, positive), cosine_distance(anchor, negative)
print("by hand:", torch.allclose(loss, (d_pos - d_neg + 0.5).clamp(min=0)))
#> by hand: True
default = F.triplet_margin_with_distance_loss(anchor, positive, negative, reduction="none")
print("default:", default, torch.equal(default, F.triplet_margin_loss(anchor, positive, negative, reduction="none")))
#> default: tensor([0.0000, 1.9000]) True
module = nn.TripletMarginWithDistanceLoss(distance_function=cosine_distance, margin=0.5, reduction="none")
print("nn.TripletMarginWithDistanceLoss:", torch.equal(module(anchor, positive, negative), loss))
#> nn.TripletMarginWithDistanceLoss: True
try:
    F.triplet_margin_with_distance_loss(anchor, positive, negative, cosine_distance)
except TypeError as error:
    print("TypeError:", error)
    #> TypeError: triplet_margin_with_distance_loss() takes 3 positional arguments but 4 were given
