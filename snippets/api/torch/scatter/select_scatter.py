import torch

a = torch.zeros(2, 3)
src = torch.tensor([7.0, 8.0])
out = torch.select_scatter(a, src, 1, 2)
print(out)
#> tensor([[0., 0., 7.],
#>         [0., 0., 8.]])
print(a.sum().item())
#> 0.0

by_view = a.clone()
by_view.select(1, 2).copy_(src)
print(torch.equal(out, by_view))
#> True
