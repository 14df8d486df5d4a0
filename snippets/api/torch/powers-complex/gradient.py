import torch

x = torch.tensor([0.0, 1.0, 2.0, 3.0, 4.0])
y = x**2
print(torch.gradient(y))
#> (tensor([1., 2., 4., 6., 7.]),)
print((y[1] - y[0]).item(), ((y[3] - y[1]) / 2).item())
#> 1.0 4.0
print(torch.gradient(y, edge_order=2))
#> (tensor([0., 2., 4., 6., 8.]),)
print(((-3 * y[0] + 4 * y[1] - y[2]) / 2).item())
#> 0.0
print(torch.gradient(y, spacing=0.5))
#> (tensor([ 2.,  4.,  8., 12., 14.]),)

t = torch.tensor([0.0, 1.0, 3.0])
print(torch.gradient(t**2, spacing=(t,)))
#> (tensor([1., 2., 4.]),)
m = torch.tensor([[0.0, 1.0, 4.0], [10.0, 11.0, 14.0]])
print(torch.gradient(m, dim=1))
#> (tensor([[1., 2., 3.],
#>         [1., 2., 3.]]),)
