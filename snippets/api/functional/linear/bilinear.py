import torch
import torch.nn.functional as F

torch.manual_seed(0)
x1 = torch.randn(4, 3)
x2 = torch.randn(4, 5)
weight = torch.randn(2, 3, 5)
bias = torch.randn(2)
y = F.bilinear(x1, x2, weight, bias)
print(y.shape)
#> torch.Size([4, 2])
print(torch.allclose(y, torch.einsum("bi,oij,bj->bo", x1, weight, x2) + bias, atol=1e-6))
#> True

a = torch.tensor([[1.0, 2.0]])
b = torch.tensor([[3.0, 4.0]])
identity = torch.eye(2).unsqueeze(0)
print(F.bilinear(a, b, identity), (a * b).sum())
#> tensor([[11.]]) tensor(11.)

layer = torch.nn.Bilinear(3, 5, 2)
print(layer.weight.shape, torch.equal(layer(x1, x2), F.bilinear(x1, x2, layer.weight, layer.bias)))
#> torch.Size([2, 3, 5]) True
