import math

import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
torch.set_printoptions(precision=4)
mean = torch.tensor([[1.0, 2.0], [0.0, -1.0]])
target = torch.tensor([[1.5, 2.0], [1.0, -1.0]])
var = torch.tensor([[0.5, 1.0], [2.0, 0.25]])

loss = F.gaussian_nll_loss(mean, target, var, reduction="none")
print(loss)
#> tensor([[-0.0966,  0.0000],
#>         [ 0.5966, -0.6931]])
print(torch.allclose(loss, 0.5 * (var.log() + (mean - target) ** 2 / var)))
#> True
full = F.gaussian_nll_loss(mean, target, var, full=True, reduction="none")
print(torch.allclose(full, loss + 0.5 * math.log(2 * math.pi)))
#> True
print(torch.allclose(full, -torch.distributions.Normal(mean, var.sqrt()).log_prob(target)))
#> True

zero_var = torch.zeros(2, 2)
clamped = F.gaussian_nll_loss(mean, target, zero_var, eps=0.1, reduction="none")
print(clamped, torch.allclose(clamped, 0.5 * (math.log(0.1) + (mean - target) ** 2 / 0.1)))
#> tensor([[ 0.0987, -1.1513],
#>         [ 3.8487, -1.1513]]) True
try:
    F.gaussian_nll_loss(mean, target, -var)
except ValueError as error:
    print("ValueError:", error)
    #> ValueError: var has negative entry/entries
print(torch.equal(nn.GaussianNLLLoss()(mean, target, var), F.gaussian_nll_loss(mean, target, var)))
#> True
