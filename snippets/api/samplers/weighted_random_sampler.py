import torch
from torch.utils.data import WeightedRandomSampler

weights = torch.tensor([1.0, 2.0, 7.0])
print("sum of weights:", weights.sum().item())
#> sum of weights: 10.0

generator = torch.Generator().manual_seed(0)
sampler = WeightedRandomSampler(weights, num_samples=10, generator=generator)
print("10 draws:", list(sampler), "len", len(sampler))
#> 10 draws: [2, 2, 2, 2, 2, 2, 1, 2, 2, 1] len 10

many = WeightedRandomSampler(weights, num_samples=10_000, generator=generator)
counts = torch.bincount(torch.tensor(list(many)), minlength=3)
proportions = counts / counts.sum()
expected = weights / weights.sum()
print("counts:", counts.tolist())
#> counts: [964, 2007, 7029]
print("proportions:", [round(p, 3) for p in proportions.tolist()], " expected:", [round(e, 3) for e in expected.tolist()])
#> proportions: [0.096, 0.201, 0.703]  expected: [0.1, 0.2, 0.7]
print("close to expected:", torch.allclose(proportions, expected, atol=0.02))
#> close to expected: True
