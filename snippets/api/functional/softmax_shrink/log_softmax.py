import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.tensor([[1.0, 2.0, 3.0]])
y = F.log_softmax(x, dim=1)
print(y)
#> tensor([[-2.4076, -1.4076, -0.4076]])
print(x - torch.logsumexp(x, dim=1, keepdim=True))
#> tensor([[-2.4076, -1.4076, -0.4076]])
print(torch.exp(y).sum().item(), torch.allclose(torch.exp(y), F.softmax(x, dim=1)))
#> 1.0 True
print(torch.equal(y, nn.LogSoftmax(dim=1)(x)))
#> True
