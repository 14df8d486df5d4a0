import torch

a = torch.tensor([0.0, 0.5, -2.0, float("nan")])
b = torch.tensor([1, 0, 3, 2])
print(torch.logical_and(a, b))
#> tensor([False, False,  True,  True])
print(torch.logical_or(a, b))
#> tensor([True, True, True, True])
print(torch.logical_xor(a, b))
#> tensor([ True,  True, False, False])
print(torch.equal(torch.logical_and(a, b), (a != 0) & (b != 0)))
#> True
out = torch.empty(4, dtype=torch.float32)
torch.logical_and(a, b, out=out)
print(out)
#> tensor([0., 0., 1., 1.])
