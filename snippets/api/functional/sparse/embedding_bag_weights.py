import torch
import torch.nn.functional as F

torch.manual_seed(0)
weight = torch.arange(10.0).reshape(5, 2)
ids = torch.tensor([1, 2, 4, 4, 3])
offsets = torch.tensor([0, 3])
scale = torch.tensor([1.0, 0.5, 2.0, 1.0, -1.0])
out = F.embedding_bag(ids, weight, offsets, mode="sum", per_sample_weights=scale)
scaled = F.embedding(ids, weight) * scale[:, None]
print(out.tolist(), [scaled[0:3].sum(dim=0).tolist(), scaled[3:5].sum(dim=0).tolist()])
#> [[20.0, 23.5], [2.0, 2.0]] [[20.0, 23.5], [2.0, 2.0]]
try:
    F.embedding_bag(ids, weight, offsets, mode="mean", per_sample_weights=scale)
except NotImplementedError as error:
    print("NotImplementedError:", str(error).split(". ")[1])
    #> NotImplementedError: per_sample_weights is only supported for mode='sum' (got mode='mean')

padded = F.embedding_bag(ids, weight, offsets, mode="mean", padding_idx=4)
print(padded.tolist(), ((weight[1] + weight[2]) / 2).tolist(), weight[3].tolist())
#> [[3.0, 4.0], [6.0, 7.0]] [3.0, 4.0] [6.0, 7.0]
