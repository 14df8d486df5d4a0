import torch
import torch.nn.functional as F

torch.manual_seed(0)
weight = torch.arange(10.0).reshape(5, 2)
ids = torch.tensor([1, 2, 4, 4, 3])
lengths = torch.tensor([3, 2])
try:
    F.embedding_bag(ids, weight, lengths, mode="sum")
except RuntimeError as error:
    print("RuntimeError:", str(error).splitlines()[0])
    #> RuntimeError: offsets[0] has to be 0, i.e., the first sequence in the mini-batch has to start from position 0. However, got 3
offsets = torch.cat([torch.zeros(1, dtype=torch.long), lengths.cumsum(0)[:-1]])
print(offsets.tolist(), F.embedding_bag(ids, weight, offsets, mode="sum").tolist())
#> [0, 3] [[14.0, 17.0], [14.0, 16.0]]

ends = torch.tensor([0, 3, 5])
print(F.embedding_bag(ids, weight, ends, mode="sum", include_last_offset=True).tolist())
#> [[14.0, 17.0], [14.0, 16.0]]
print(F.embedding_bag(ids, weight, torch.tensor([0, 3, 3]), mode="sum").tolist())
#> [[14.0, 17.0], [0.0, 0.0], [14.0, 16.0]]

fixed = torch.tensor([[1, 2], [4, 3]])
print(torch.equal(F.embedding_bag(fixed, weight), F.embedding(fixed, weight).mean(dim=1)))
#> True
