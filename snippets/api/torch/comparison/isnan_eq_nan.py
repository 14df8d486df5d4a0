import torch

x = torch.tensor([1.0, float("nan")])
print(x == float("nan"))
#> tensor([False, False])
print(torch.eq(x, torch.nan))
#> tensor([False, False])
print(torch.isnan(x))
#> tensor([False,  True])
print(torch.equal(torch.isnan(x), x != x))
#> True
