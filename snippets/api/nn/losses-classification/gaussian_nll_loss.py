import math

import torch
from torch import nn

mean = torch.tensor([[1.0, 2.0], [0.0, 3.0]])
target = torch.tensor([[2.0, 2.0], [1.0, 1.0]])
var = torch.tensor([[1.0, 1.0], [0.5, 4.0]])

loss = nn.GaussianNLLLoss(reduction="none")(mean, target, var)
print("'none':", tuple(loss.shape), loss.round(decimals=4))
#> 'none': (2, 2) tensor([[0.5000, 0.0000],
#>         [0.6534, 1.1931]])
by_hand = [[0.5 * (math.log(v) + (m - t) ** 2 / v) for m, t, v in zip(*rows)] for rows in zip(mean.tolist(), target.tolist(), var.tolist())]
print("0.5*(log var + (input-target)^2/var):", torch.allclose(loss, torch.tensor(by_hand)))
#> 0.5*(log var + (input-target)^2/var): True

full = nn.GaussianNLLLoss(full=True, reduction="none")(mean, target, var)
print("full=True adds 0.5*log(2*pi) =", f"{0.5 * math.log(2 * math.pi):.4f}:", torch.allclose(full - loss, torch.tensor(0.5 * math.log(2 * math.pi))))
#> full=True adds 0.5*log(2*pi) = 0.9189: True
normal = -torch.distributions.Normal(mean, var.sqrt()).log_prob(target)
print("full=True = -Normal.log_prob:", torch.allclose(full, normal))
#> full=True = -Normal.log_prob: True

row_var = torch.tensor([1.0, 4.0])
print("var (2,) for input (2, 2) = one per row:", torch.allclose(nn.GaussianNLLLoss()(mean, target, row_var), nn.GaussianNLLLoss()(mean, target, row_var.unsqueeze(1))))
#> var (2,) for input (2, 2) = one per row: True
try:
    nn.GaussianNLLLoss()(mean, target, -var)
except ValueError as error:
    print("negative var:", error)
    #> negative var: var has negative entry/entries
