import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
torch.set_printoptions(precision=4)
rate = torch.tensor([0.5, 2.0, 3.0])
count = torch.tensor([0.0, 2.0, 3.0])

from_log = F.poisson_nll_loss(rate.log(), count, reduction="none")
from_rate = F.poisson_nll_loss(rate, count, log_input=False, reduction="none")
print(from_log, torch.allclose(from_log, rate - count * rate.log()))
#> tensor([ 0.5000,  0.6137, -0.2958]) True
print(from_rate, torch.allclose(from_log, from_rate))
#> tensor([ 0.5000,  0.6137, -0.2958]) True
print(F.poisson_nll_loss(rate, count, reduction="none"))
#> tensor([ 1.6487,  3.3891, 11.0855])

zero = torch.tensor([0.0])
print(F.poisson_nll_loss(zero, torch.tensor([1.0]), log_input=False), -torch.log(zero + 1e-8))
#> tensor(18.4207) tensor([18.4207])
print(F.poisson_nll_loss(zero, torch.tensor([1.0]), log_input=False, eps=0.01))
#> tensor(4.6052)
print(torch.equal(nn.PoissonNLLLoss()(rate.log(), count), F.poisson_nll_loss(rate.log(), count)))
#> True
