import math

import torch
import torch.nn.functional as F

torch.manual_seed(0)
torch.set_printoptions(precision=4)
rate = torch.tensor([0.5, 2.0, 3.0])
count = torch.tensor([0.0, 2.0, 3.0])

plain = F.poisson_nll_loss(rate.log(), count, reduction="none")
full = F.poisson_nll_loss(rate.log(), count, full=True, reduction="none")
stirling = count * count.log() - count + 0.5 * torch.log(2 * math.pi * count)
print(full, torch.allclose(full, plain + torch.where(count > 1, stirling, 0.0)))
#> tensor([0.5000, 1.2655, 1.4682]) True
print("added:  ", full - plain)
#> added:   tensor([0.0000, 0.6518, 1.7641])
print("log(k!):", torch.lgamma(count + 1))
#> log(k!): tensor([0.0000, 0.6931, 1.7918])
exact = -torch.distributions.Poisson(rate).log_prob(count)
print(exact, torch.allclose(exact, plain + torch.lgamma(count + 1)))
#> tensor([0.5000, 1.3069, 1.4959]) True
