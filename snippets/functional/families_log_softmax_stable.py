import torch
import torch.nn.functional as F

logits = torch.tensor([1000.0, 0.0])
print(torch.exp(logits) / torch.exp(logits).sum())
#> tensor([nan, 0.])
print(torch.log(F.softmax(logits, dim=0)))
#> tensor([0., -inf])
print(F.log_softmax(logits, dim=0))
#> tensor([    0., -1000.])
