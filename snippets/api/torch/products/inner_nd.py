import torch

v = torch.tensor([1., 2., 3.])
print(torch.inner(v, v), torch.dot(v, v))
#> tensor(14.) tensor(14.)
A = torch.arange(6.).reshape(2, 3)
B = torch.arange(12.).reshape(4, 3)
out = torch.inner(A, B)
print(out.shape, torch.equal(out, A @ B.T))
#> torch.Size([2, 4]) True
print(out[1, 2], (A[1] * B[2]).sum())
#> tensor(86.) tensor(86.)
print(torch.inner(torch.ones(2, 3), torch.ones(4, 5, 3)).shape)
#> torch.Size([2, 4, 5])
print(torch.inner(torch.tensor(2.), v))
#> tensor([2., 4., 6.])
