import torch

torch.manual_seed(0)
a = torch.randn(5, 2, 3)
b = torch.randn(5, 3, 4)
out = torch.bmm(a, b)
print(out.shape)
#> torch.Size([5, 2, 4])
print(all(torch.allclose(out[i], a[i] @ b[i]) for i in range(5)))
#> True
print(torch.equal(out, torch.matmul(a, b)))
#> True
