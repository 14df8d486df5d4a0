import torch

torch.manual_seed(0)
a = torch.randn(2, 3, 4)
b = torch.randn(3, 4, 5)
two = torch.tensordot(a, b)
pairs = torch.tensordot(a, b, dims=([1, 2], [0, 1]))
print(two.shape, torch.allclose(two, pairs))
#> torch.Size([2, 5]) True
print(torch.allclose(two, torch.einsum("ijk,jkl->il", a, b)))
#> True
print(torch.tensordot(a, b, dims=([1], [0])).shape)
#> torch.Size([2, 4, 4, 5])
print(torch.tensordot(a, b, dims=0).shape)
#> torch.Size([2, 3, 4, 3, 4, 5])
v = torch.tensor([1., 2.])
print(torch.tensordot(v, v, dims=1), torch.tensordot(v, v, dims=0))
#> tensor(5.) tensor([[1., 2.],
#>         [2., 4.]])
