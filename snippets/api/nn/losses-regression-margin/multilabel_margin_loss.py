import torch
from torch import nn

scores = torch.tensor([[0.1, 0.2, 0.4, 0.8]])
target = torch.tensor([[3, 0, -1, 1]])

criterion = nn.MultiLabelMarginLoss(reduction="none")
loss = criterion(scores, target)
print("target", target.dtype, tuple(target.shape), "-> 'none'", tuple(loss.shape), round(loss.item(), 4))
#> target torch.int64 (1, 4) -> 'none' (1,) 0.85

positives, negatives = [3, 0], [1, 2]
terms = [max(0.0, 1 - (scores[0, j] - scores[0, i]).item()) for j in positives for i in negatives]
print("sum of max(0, 1 - (x[j] - x[i])) / C:", round(sum(terms) / 4, 4))
#> sum of max(0, 1 - (x[j] - x[i])) / C: 0.85
print("same as target [3, 0, -1, -1]:", torch.equal(loss, criterion(scores, torch.tensor([[3, 0, -1, -1]]))))
#> same as target [3, 0, -1, -1]: True
print("target [3, 0, 1, -1]:", round(criterion(scores, torch.tensor([[3, 0, 1, -1]])).item(), 4))
#> target [3, 0, 1, -1]: 0.775

multi_hot = torch.tensor([[1, 0, 0, 1]])
print("multi-hot [1, 0, 0, 1] read as indices:", round(criterion(scores, multi_hot).item(), 4))
#> multi-hot [1, 0, 0, 1] read as indices: 2.9
try:
    criterion(scores, multi_hot.float())
except RuntimeError as error:
    print("float target:", error)
    #> float target: expected scalar type Long but found Float
