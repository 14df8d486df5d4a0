import torch
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.randn(4, 3)
weight = torch.randn(2, 3)
bias = torch.randn(2)

out = F.linear(x, weight, bias)
print(out.shape, torch.allclose(out, x @ weight.T + bias))
#> torch.Size([4, 2]) True
print(F.linear(x, weight).shape, torch.allclose(F.linear(x, weight), x @ weight.T))
#> torch.Size([4, 2]) True
