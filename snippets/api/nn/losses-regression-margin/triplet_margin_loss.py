import torch
import torch.nn.functional as F
from torch import nn

anchor = torch.tensor([[0.0, 0.0], [0.0, 0.0]])
positive = torch.tensor([[3.0, 4.0], [1.0, 0.0]])
negative = torch.tensor([[0.0, 5.5], [1.0, 0.5]])

criterion = nn.TripletMarginLoss(margin=1.0, p=2.0, reduction="none")
loss = criterion(anchor, positive, negative)
print("'none':", tuple(loss.shape), [round(v, 4) for v in loss.tolist()])
#> 'none': (2,) [0.5, 0.882]
d_ap = F.pairwise_distance(anchor, positive)
d_an = F.pairwise_distance(anchor, negative)
print("d(a, p):", [round(v, 4) for v in d_ap.tolist()], "d(a, n):", [round(v, 4) for v in d_an.tolist()])
#> d(a, p): [5.0, 1.0] d(a, n): [5.5, 1.118]
print("max(d(a, p) - d(a, n) + margin, 0):", [round(v, 4) for v in (d_ap - d_an + 1.0).clamp_min(0).tolist()])
#> max(d(a, p) - d(a, n) + margin, 0): [0.5, 0.882]
print("p=1:", [round(v, 4) for v in nn.TripletMarginLoss(p=1.0, reduction="none")(anchor, positive, negative).tolist()], "| |3|+|4| - |5.5| + 1 =", 3 + 4 - 5.5 + 1)
#> p=1: [2.5, 0.5] | |3|+|4| - |5.5| + 1 = 2.5

swapped = nn.TripletMarginLoss(swap=True, reduction="none")(anchor, positive, negative)
d_pn = F.pairwise_distance(positive, negative)
print("swap=True:", [round(v, 4) for v in swapped.tolist()], "| d(p, n):", [round(v, 4) for v in d_pn.tolist()])
#> swap=True: [2.6459, 1.5] | d(p, n): [3.3541, 0.5]
print("'mean':", round(nn.TripletMarginLoss()(anchor, positive, negative).item(), 4))
#> 'mean': 0.691
