import torch
import torch.nn.functional as F

torch.manual_seed(0)
anchor = torch.tensor([[0.0, 0.0]])
positive = torch.tensor([[2.0, 0.0]])
negative = torch.tensor([[2.5, 0.0]])

print("d(a,p):", F.pairwise_distance(anchor, positive), "d(a,n):", F.pairwise_distance(anchor, negative))
#> d(a,p): tensor([2.0000]) d(a,n): tensor([2.5000])
print("d(p,n):", F.pairwise_distance(positive, negative))
#> d(p,n): tensor([0.5000])
print("swap=False:", F.triplet_margin_loss(anchor, positive, negative, reduction="none"))
#> swap=False: tensor([0.5000])
print("swap=True: ", F.triplet_margin_loss(anchor, positive, negative, swap=True, reduction="none"))
#> swap=True:  tensor([2.5000])
