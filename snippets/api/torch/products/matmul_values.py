import torch

torch.manual_seed(0)
a = torch.randn(7, 1, 2, 3)
b = torch.randn(5, 3, 4)
out = torch.matmul(a, b)
print(torch.allclose(out[6, 4], a[6, 0] @ b[4]))
#> True
print(torch.equal(out, a @ b))
#> True
M = torch.tensor([[1., 2., 3.], [4., 5., 6.]])
v = torch.tensor([1., 0., -1.])
print(torch.matmul(M, v), [1 - 3, 4 - 6])
#> tensor([-2., -2.]) [-2, -2]
