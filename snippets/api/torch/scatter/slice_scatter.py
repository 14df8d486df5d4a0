import torch

a = torch.zeros(2, 6)
src = torch.ones(2, 3)
out = torch.slice_scatter(a, src, dim=1, start=0, step=2)
print(out)
#> tensor([[1., 0., 1., 0., 1., 0.],
#>         [1., 0., 1., 0., 1., 0.]])

by_view = a.clone()
by_view[:, 0::2] = src
print(torch.equal(out, by_view), a.sum().item())
#> True 0.0

print(torch.slice_scatter(torch.zeros(5), torch.tensor([1.0, 2.0]), start=1, end=3))
#> tensor([0., 1., 2., 0., 0.])
