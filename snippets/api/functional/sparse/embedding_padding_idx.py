import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
weight = torch.arange(1.0, 9.0).reshape(4, 2).requires_grad_()
ids = torch.tensor([0, 2, 0, 0])
out = F.embedding(ids, weight, padding_idx=0)
print(out[0].tolist(), weight[0].tolist())
#> [1.0, 2.0] [1.0, 2.0]
out.sum().backward()
print(weight.grad.tolist())
#> [[0.0, 0.0], [0.0, 0.0], [1.0, 1.0], [0.0, 0.0]]

print(nn.Embedding(4, 2, padding_idx=0).weight[0].tolist())
#> [0.0, 0.0]
