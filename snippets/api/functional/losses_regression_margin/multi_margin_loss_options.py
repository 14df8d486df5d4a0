import torch
import torch.nn.functional as F

torch.manual_seed(0)
scores = torch.tensor([[0.1, 0.2, 0.4, 0.8], [2.0, 0.5, 0.0, 1.5]])
target = torch.tensor([3, 0])
weight = torch.tensor([1.0, 1.0, 1.0, 3.0])


def by_hand(p, margin, weight):
    right = scores.gather(1, target.unsqueeze(1))
    hinge = (margin - right + scores).clamp(min=0) ** p
    hinge[torch.arange(2), target] = 0
    return weight[target] * hinge.sum(dim=1) / scores.size(1)


for p, margin, w in ((2, 1.0, None), (1, 2.0, None), (2, 1.0, weight)):
    loss = F.multi_margin_loss(scores, target, p=p, margin=margin, weight=w, reduction="none")
    check = by_hand(p, margin, torch.ones(4) if w is None else w)
    print(f"p={p} margin={margin} weight={w is not None}:", loss, torch.allclose(loss, check))
    #> p=2 margin=1.0 weight=False: tensor([0.1525, 0.0625]) True
    #> p=1 margin=2.0 weight=False: tensor([1.0750, 0.5000]) True
    #> p=2 margin=1.0 weight=True: tensor([0.4575, 0.0625]) True
weighted = F.multi_margin_loss(scores, target, p=2, weight=weight, reduction="none")
print("mean:", F.multi_margin_loss(scores, target, p=2, weight=weight), weighted.sum() / 2)
#> mean: tensor(0.2600) tensor(0.2600)
try:
    F.multi_margin_loss(scores, target, p=3)
except ValueError as error:
    print("ValueError:", error)
    #> ValueError: only p == 1 and p == 2 supported
