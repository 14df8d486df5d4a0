import torch
import torch.nn.functional as F

torch.manual_seed(0)
torch.set_printoptions(precision=4)
p = torch.tensor([[0.5, 0.3, 0.2], [0.1, 0.1, 0.8]])
q = torch.tensor([[0.4, 0.4, 0.2], [0.3, 0.3, 0.4]])

print(F.kl_div(q, p, reduction="batchmean"))
#> tensor(-1.2043)
print(F.kl_div(q.log(), p, reduction="batchmean"))
#> tensor(0.1800)
print(F.kl_div(p.log(), q, reduction="batchmean"))
#> tensor(0.2039)
