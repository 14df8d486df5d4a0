import torch
import torch.nn.functional as F

torch.manual_seed(0)
weight = torch.ones(4, 2, requires_grad=True)
ids = torch.tensor([0, 2, 2, 2])

F.embedding(ids, weight).sum().backward()
print(weight.grad[:, 0].tolist())
#> [1.0, 0.0, 3.0, 0.0]
weight.grad = None
F.embedding(ids, weight, scale_grad_by_freq=True).sum().backward()
print(weight.grad[:, 0].tolist())
#> [1.0, 0.0, 1.0, 0.0]

weight.grad = None
F.embedding(ids, weight, sparse=True).sum().backward()
print(weight.grad.layout, weight.grad.coalesce().indices().tolist())
#> torch.sparse_coo [[0, 2]]
print(weight.grad.to_dense()[:, 0].tolist())
#> [1.0, 0.0, 3.0, 0.0]
