import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
torch.set_printoptions(precision=4)
logits = torch.tensor([[2.0, 0.5, -1.0], [0.1, 0.2, 3.0], [1.0, 1.0, 1.0]])
classes = torch.tensor([0, 2, 1])
log_p = F.log_softmax(logits, dim=1)

per_sample = F.nll_loss(log_p, classes, reduction="none")
print(per_sample, torch.equal(per_sample, -log_p[torch.arange(3), classes]))
#> tensor([0.2413, 0.1096, 1.0986]) True
print(F.nll_loss(log_p, classes), F.cross_entropy(logits, classes))
#> tensor(0.4832) tensor(0.4832)
weight = torch.tensor([1.0, 2.0, 4.0])
weighted = F.nll_loss(log_p, classes, weight=weight, reduction="none")
print(F.nll_loss(log_p, classes, weight=weight), weighted.sum() / weight[classes].sum())
#> tensor(0.4110) tensor(0.4110)
print(F.nll_loss(log_p, torch.tensor([0, -100, 1]), reduction="none"))
#> tensor([0.2413, 0.0000, 1.0986])
print(torch.equal(nn.NLLLoss()(log_p, classes), F.nll_loss(log_p, classes)))
#> True

try:
    F.nll_loss(log_p, F.one_hot(classes, 3).float())
except RuntimeError as error:
    print("RuntimeError:", error)
    #> RuntimeError: 0D or 1D target tensor expected, multi-target not supported
