import torch
from torch import nn

torch.manual_seed(0)
bag = nn.EmbeddingBag(10, 3, mode="sum")
table = nn.Embedding.from_pretrained(bag.weight)
print("parameters:", [(n, tuple(p.shape)) for n, p in bag.named_parameters()])
#> parameters: [('weight', (10, 3))]

ids = torch.tensor([1, 2, 4, 5, 4, 3, 2, 9])
offsets = torch.tensor([0, 2, 5])
out = bag(ids, offsets)
print("1-D ids + offsets", offsets.tolist(), "->", tuple(out.shape))
#> 1-D ids + offsets [0, 2, 5] -> (3, 3)
by_hand = torch.stack([table(ids[0:2]).sum(0), table(ids[2:5]).sum(0), table(ids[5:]).sum(0)])
print("sum equals Embedding + sum:", torch.allclose(out, by_hand))
#> sum equals Embedding + sum: True

two_d = torch.tensor([[1, 2, 4], [4, 3, 9]])
for mode, reduce in [("sum", torch.sum), ("mean", torch.mean), ("max", torch.amax)]:
    layer = nn.EmbeddingBag.from_pretrained(bag.weight, mode=mode)
    print(mode, tuple(layer(two_d).shape), torch.allclose(layer(two_d), reduce(table(two_d), dim=1)))
    #> sum (2, 3) True
    #> mean (2, 3) True
    #> max (2, 3) True

w = torch.tensor([1.0, 0.5, 2.0, 0.0, 1.0, 1.0, 1.0, 1.0])
weighted = bag(ids, offsets, per_sample_weights=w)
print("weighted bag 0 = 1*e1 + 0.5*e2:", torch.allclose(weighted[0], table.weight[1] + 0.5 * table.weight[2]))
#> weighted bag 0 = 1*e1 + 0.5*e2: True
try:
    nn.EmbeddingBag(10, 3, mode="mean")(ids, offsets, per_sample_weights=w)
except NotImplementedError as error:
    print("NotImplementedError:", str(error).split(". ")[1])
    #> NotImplementedError: per_sample_weights is only supported for mode='sum' (got mode='mean')

last = nn.EmbeddingBag.from_pretrained(bag.weight, mode="sum", include_last_offset=True)
print("include_last_offset [0, 2, 5, 8]:", torch.equal(last(ids, torch.tensor([0, 2, 5, 8])), out))
#> include_last_offset [0, 2, 5, 8]: True
