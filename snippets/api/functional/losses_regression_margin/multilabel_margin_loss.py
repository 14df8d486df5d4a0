import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
scores = torch.tensor([[0.1, 0.2, 0.4, 0.8], [0.9, 0.1, 0.3, 0.2]])
target = torch.tensor([[3, 0, -1, -1], [0, -1, -1, -1]])

loss = F.multilabel_margin_loss(scores, target, reduction="none")
print("none:", loss)
#> none: tensor([0.8500, 0.2250])


def by_hand(x, labels):
    others = [i for i in range(len(x)) if i not in labels]
    return sum((1 - (x[j] - x[i])).clamp(min=0) for j in labels for i in others) / len(x)


print("by hand:", by_hand(scores[0], [3, 0]), by_hand(scores[1], [0]))
#> by hand: tensor(0.8500) tensor(0.2250)
after_pad = torch.tensor([[3, 0, -1, 2], [0, -1, 3, 1]])
print("after -1 ignored:", torch.equal(F.multilabel_margin_loss(scores, after_pad, reduction="none"), loss))
#> after -1 ignored: True
module = nn.MultiLabelMarginLoss()
print("nn.MultiLabelMarginLoss:", torch.equal(F.multilabel_margin_loss(scores, target), module(scores, target)))
#> nn.MultiLabelMarginLoss: True
