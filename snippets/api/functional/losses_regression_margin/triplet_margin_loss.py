import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
anchor = torch.tensor([[0.0, 0.0], [0.0, 0.0]])
positive = torch.tensor([[3.0, 4.0], [1.0, 0.0]])
negative = torch.tensor([[4.0, 4.0], [0.0, 3.0]])

loss = F.triplet_margin_loss(anchor, positive, negative, reduction="none")
print("none:", loss)
#> none: tensor([0.3431, 0.0000])
d_pos = (anchor - positive).norm(dim=1)
d_neg = (anchor - negative).norm(dim=1)
print("d(a,p):", d_pos, "d(a,n):", d_neg)
#> d(a,p): tensor([5., 1.]) d(a,n): tensor([5.6569, 3.0000])
print("by hand:", torch.allclose(loss, (d_pos - d_neg + 1.0).clamp(min=0)))
#> by hand: True
print("p=1:", F.triplet_margin_loss(anchor, positive, negative, p=1, reduction="none"))
#> p=1: tensor([0., 0.])
module = nn.TripletMarginLoss()
print("nn.TripletMarginLoss:", torch.equal(F.triplet_margin_loss(anchor, positive, negative), module(anchor, positive, negative)))
#> nn.TripletMarginLoss: True
try:
    F.triplet_margin_loss(anchor, positive, negative, margin=0.0)
except ValueError as error:
    print("ValueError:", error)
    #> ValueError: margin must be greater than 0, got 0.0
