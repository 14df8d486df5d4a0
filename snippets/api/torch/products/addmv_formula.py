import torch

v = torch.tensor([1., 1.])
mat = torch.tensor([[1., 2., 3.], [4., 5., 6.]])
vec = torch.tensor([1., 0., -1.])
out = torch.addmv(v, mat, vec, beta=3, alpha=2)
print(out, out.shape)
#> tensor([-1., -1.]) torch.Size([2])
print(3 * 1 + 2 * (4 - 6))
#> -1
print(torch.equal(out, 3 * v + 2 * torch.mv(mat, vec)))
#> True
print(torch.addmv(torch.tensor(10.), mat, vec))
#> tensor([8., 8.])
