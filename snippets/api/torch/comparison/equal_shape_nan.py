import torch

a = torch.tensor([1, 2, 3])
print(torch.equal(a, torch.tensor([1, 2, 3])), type(torch.equal(a, a)).__name__)
#> True bool
row = torch.tensor([[1, 2, 3]])
print(torch.equal(a, row), torch.eq(a, row).all().item())
#> False True

x = torch.tensor([1.0, float("nan")])
print(torch.equal(x, x))
#> False
