import torch

g = torch.Generator().manual_seed(0)
rates = torch.tensor([0.0, 1.0, 4.0, 20.0])
counts = torch.poisson(rates, generator=g)
print(counts, counts.dtype)
#> tensor([ 0.,  2.,  5., 17.]) torch.float32

many = torch.poisson(rates.expand(20_000, 4), generator=g)
print(many.mean(dim=0).round(decimals=2), many.var(dim=0).round(decimals=2))
#> tensor([ 0.0000,  1.0200,  4.0100, 19.9700]) tensor([ 0.0000,  1.0400,  3.9900, 19.9200])
print(torch.equal(many, many.round()))
#> True

try:
    torch.poisson(torch.tensor([3]))
except NotImplementedError as e:
    print(type(e).__name__, str(e))
    #> NotImplementedError "poisson_cpu" not implemented for 'Long'
