import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.distributions import Categorical, kl_divergence

torch.manual_seed(0)
torch.set_printoptions(precision=4)
p = torch.tensor([[0.5, 0.3, 0.2], [0.1, 0.1, 0.8]])
q = torch.tensor([[0.4, 0.4, 0.2], [0.3, 0.3, 0.4]])

pointwise = F.kl_div(q.log(), p, reduction="none")
print(pointwise)
#> tensor([[ 0.1116, -0.0863,  0.0000],
#>         [-0.1099, -0.1099,  0.5545]])
print(torch.allclose(pointwise, p * (p.log() - q.log())))
#> True
print(pointwise.sum(dim=1), kl_divergence(Categorical(probs=p), Categorical(probs=q)))
#> tensor([0.0253, 0.3348]) tensor([0.0253, 0.3348])
print(torch.equal(F.kl_div(q.log(), p.log(), reduction="sum", log_target=True), F.kl_div(q.log(), p, reduction="sum")))
#> True

one_hot = torch.tensor([[1.0, 0.0, 0.0], [0.0, 0.0, 1.0]])
print(F.kl_div(q.log(), one_hot, reduction="none"))
#> tensor([[0.9163, 0.0000, 0.0000],
#>         [0.0000, 0.0000, 0.9163]])
module = nn.KLDivLoss(reduction="batchmean")
print(torch.equal(module(q.log(), p), F.kl_div(q.log(), p, reduction="batchmean")))
#> True
