import math

import torch
from torch import nn

rate = torch.tensor([0.5, 2.0, 3.0])
counts = torch.tensor([0.0, 3.0, 2.0])

from_log = nn.PoissonNLLLoss(reduction="none")(rate.log(), counts)
from_rate = nn.PoissonNLLLoss(log_input=False, reduction="none")(rate, counts)
print("log_input=True,  input=log(rate):", from_log.round(decimals=4))
#> log_input=True,  input=log(rate): tensor([ 0.5000, -0.0794,  0.8028])
print("log_input=False, input=rate:     ", from_rate.round(decimals=4))
#> log_input=False, input=rate:      tensor([ 0.5000, -0.0794,  0.8028])
print("by hand rate - k*log(rate):      ", [round(r - k * math.log(r), 4) for r, k in zip(rate.tolist(), counts.tolist())])
#> by hand rate - k*log(rate):       [0.5, -0.0794, 0.8028]
print("'mean':", round(nn.PoissonNLLLoss()(rate.log(), counts).item(), 4))
#> 'mean': 0.4078
print("rate passed with log_input=True: ", nn.PoissonNLLLoss(reduction="none")(rate, counts).round(decimals=4))
#> rate passed with log_input=True:  tensor([ 1.6487,  1.3891, 14.0855])

full = nn.PoissonNLLLoss(full=True, reduction="none")(rate.log(), counts)
stirling = [k * math.log(k) - k + 0.5 * math.log(2 * math.pi * k) if k > 1 else 0.0 for k in counts.tolist()]
print("full=True adds Stirling's log(k!):", torch.allclose(full - from_log, torch.tensor(stirling)))
#> full=True adds Stirling's log(k!): True
