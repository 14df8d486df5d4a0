import warnings

import torch
from torch import nn

p = torch.tensor([[0.5, 0.3, 0.2], [0.1, 0.1, 0.8]])
log_q = torch.tensor([[0.4, 0.4, 0.2], [0.3, 0.3, 0.4]]).log()

pointwise = nn.KLDivLoss(reduction="none")(log_q, p)
print("'none':", tuple(pointwise.shape))
#> 'none': (2, 3)
per_row = (p * (p.log() - log_q)).sum(dim=1)
print("KL(P||Q) per row by hand:", per_row.round(decimals=4))
#> KL(P||Q) per row by hand: tensor([0.0253, 0.3348])

batchmean = nn.KLDivLoss(reduction="batchmean")(log_q, p)
print("'batchmean':", f"{batchmean.item():.4f}", "= mean of the rows:", f"{per_row.mean().item():.4f}")
#> 'batchmean': 0.1800 = mean of the rows: 0.1800
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    mean = nn.KLDivLoss(reduction="mean")(log_q, p)
print("'mean':     ", f"{mean.item():.4f}", "= sum / 6 elements:", f"{(per_row.sum() / 6).item():.4f}")
#> 'mean':      0.0600 = sum / 6 elements: 0.0600
print(caught[0].category.__name__ + ":", str(caught[0].message).split("size.")[0] + "size.")
#> UserWarning: reduction: 'mean' divides the total loss by both the batch size and the support size.

log_target = nn.KLDivLoss(reduction="batchmean", log_target=True)(log_q, p.log())
print("log_target=True with log P:", torch.allclose(log_target, batchmean))
#> log_target=True with log P: True
print("probabilities Q as input:", round(nn.KLDivLoss(reduction="batchmean")(log_q.exp(), p).item(), 4))
#> probabilities Q as input: -1.2043
