import torch

g = torch.Generator().manual_seed(0)
weights = torch.tensor([1.0, 2.0, 7.0])
draws = torch.multinomial(weights, 10_000, replacement=True, generator=g)
print(draws.dtype, torch.bincount(draws) / 10_000)
#> torch.int64 tensor([0.0962, 0.2007, 0.7031])
print(weights / weights.sum())
#> tensor([0.1000, 0.2000, 0.7000])

print(torch.multinomial(weights, 3, generator=g))
#> tensor([1, 2, 0])
rows = torch.tensor([[1.0, 1.0, 0.0, 0.0], [0.0, 0.0, 1.0, 1.0]])
print(torch.multinomial(rows, 2, generator=g))
#> tensor([[0, 1],
#>         [2, 3]])

try:
    torch.multinomial(weights, 4)
except RuntimeError as e:
    print(type(e).__name__, str(e).splitlines()[0])
    #> RuntimeError cannot sample n_sample > prob_dist.size(-1) samples without replacement
