import torch
import torch.nn.functional as F

x = torch.tensor([[1.0, 2.0, 3.0]])
weight = torch.tensor([[1.0, 0.0, 0.0], [1.0, 1.0, 1.0]])
bias = torch.tensor([10.0, 20.0])
y = F.linear(x, weight, bias)
print(weight.shape, y.shape, y)
#> torch.Size([2, 3]) torch.Size([1, 2]) tensor([[11., 26.]])
print(torch.equal(y, x @ weight.T + bias))
#> True
print(F.linear(x, weight))
#> tensor([[1., 6.]])

torch.manual_seed(0)
layer = torch.nn.Linear(3, 2)
batch = torch.randn(4, 5, 3)
print(layer.weight.shape, F.linear(batch, layer.weight, layer.bias).shape)
#> torch.Size([2, 3]) torch.Size([4, 5, 2])
print(torch.equal(layer(batch), F.linear(batch, layer.weight, layer.bias)))
#> True
