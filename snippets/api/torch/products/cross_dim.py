import torch

e_x = torch.tensor([1., 0., 0.])
e_y = torch.tensor([0., 1., 0.])
print(torch.cross(e_x, e_y, dim=0))
#> tensor([0., 0., 1.])
a = torch.tensor([[1., 2., 3.], [0., 0., 1.]])
b = torch.tensor([[4., 5., 6.], [1., 0., 0.]])
out = torch.cross(a, b, dim=1)
print(out)
#> tensor([[-3.,  6., -3.],
#>         [ 0.,  1.,  0.]])
print([2 * 6 - 3 * 5, 3 * 4 - 1 * 6, 1 * 5 - 2 * 4])
#> [-3, 6, -3]
print(torch.equal(out, torch.linalg.cross(a, b)))
#> True
