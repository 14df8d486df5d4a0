import torch
import torch.nn.functional as F

torch.manual_seed(0)
torch.set_printoptions(precision=4)
logits = torch.tensor([[2.0, 0.5, -1.0], [0.1, 0.2, 3.0], [1.0, 1.0, 1.0]])
classes = torch.tensor([0, 2, 1])

print(F.nll_loss(F.softmax(logits, dim=1), classes, reduction="none"))
#> tensor([-0.7856, -0.8962, -0.3333])
print(F.nll_loss(logits, classes, reduction="none"))
#> tensor([-2., -3., -1.])
print(F.nll_loss(F.log_softmax(logits, dim=1), classes, reduction="none"))
#> tensor([0.2413, 0.1096, 1.0986])
