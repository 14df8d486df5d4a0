import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
weight = torch.arange(8.0).reshape(4, 2)
ids = torch.tensor([[0, 2], [2, 3]])
out = F.embedding(ids, weight)
print(tuple(ids.shape), "->", tuple(out.shape))
#> (2, 2) -> (2, 2, 2)
print(out[1].tolist(), weight[2].tolist(), weight[3].tolist())
#> [[4.0, 5.0], [6.0, 7.0]] [4.0, 5.0] [6.0, 7.0]
print(torch.equal(out, weight[ids]))
#> True

table = nn.Embedding(4, 2)
print(torch.equal(table(ids), F.embedding(ids, table.weight)))
#> True
print(torch.equal(F.embedding(ids.int(), weight), out))
#> True
