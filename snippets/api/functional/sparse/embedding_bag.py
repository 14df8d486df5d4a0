import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
weight = torch.arange(10.0).reshape(5, 2)
ids = torch.tensor([1, 2, 4, 4, 3])
offsets = torch.tensor([0, 3])
rows = F.embedding(ids, weight)
bags = [rows[0:3], rows[3:5]]
for mode in ("sum", "mean", "max"):
    out = F.embedding_bag(ids, weight, offsets, mode=mode)
    if mode == "max":
        by_hand = torch.stack([bag.max(dim=0).values for bag in bags])
    else:
        by_hand = torch.stack([getattr(bag, mode)(dim=0) for bag in bags])
    print(mode, out, torch.allclose(out, by_hand))
    #> sum tensor([[14., 17.],
    #>         [14., 16.]]) True
    #> mean tensor([[4.6667, 5.6667],
    #>         [7.0000, 8.0000]]) True
    #> max tensor([[8., 9.],
    #>         [8., 9.]]) True

module = nn.EmbeddingBag(5, 2, mode="sum")
print(torch.equal(module(ids, offsets), F.embedding_bag(ids, module.weight, offsets, mode="sum")))
#> True
