import torch

a = torch.zeros(3, 3)
src = torch.tensor([1.0, 2.0, 3.0])
out = torch.diagonal_scatter(a, src)
print(out)
#> tensor([[1., 0., 0.],
#>         [0., 2., 0.],
#>         [0., 0., 3.]])
print(a.sum().item())
#> 0.0

by_view = a.clone()
by_view.diagonal().copy_(src)
print(torch.equal(out, by_view))
#> True

print(torch.diagonal_scatter(a, torch.tensor([7.0, 8.0]), offset=1))
#> tensor([[0., 7., 0.],
#>         [0., 0., 8.],
#>         [0., 0., 0.]])
