import torch
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.ones(10000)
dropped = F.dropout(x, p=0.2, training=True)
print(dropped.unique().tolist(), round((dropped == 0).float().mean().item(), 3))
#> [0.0, 1.25] 0.201
print(round(dropped.mean().item(), 3))
#> 0.998
print(torch.equal(F.dropout(x, p=0.2, training=False), x))
#> True
