import torch
import torch.nn.functional as F

torch.manual_seed(0)
scores = torch.tensor([[0.1, 0.2, 0.4, 0.8]])
multi_hot = torch.tensor([[1, 0, 0, 1]])

print("multi-hot:", F.multilabel_margin_loss(scores, multi_hot))
#> multi-hot: tensor(2.9000)
order = torch.argsort(multi_hot, dim=1, descending=True, stable=True)
target = torch.where(multi_hot.gather(1, order) == 1, order, -1)
print(target)
#> tensor([[ 0,  3, -1, -1]])
print("indices:", F.multilabel_margin_loss(scores, target))
#> indices: tensor(0.8500)
