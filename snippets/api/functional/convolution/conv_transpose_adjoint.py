import torch
import torch.nn.functional as F

torch.manual_seed(0)

x = torch.randn(1, 1, 6, requires_grad=True)
w = torch.randn(1, 1, 3)
y = F.conv1d(x, w)
back = F.conv_transpose1d(y, w)
print(x.detach().squeeze().round(decimals=2))
#> tensor([ 1.5400, -0.2900, -2.1800,  0.5700, -1.0800, -1.4000])
print(back.detach().squeeze().round(decimals=2))
#> tensor([ 0.7800,  0.6800, -3.2200,  2.1400,  0.0000, -0.2300])
print(torch.allclose(back, x))
#> False

g = torch.randn_like(y)
(grad,) = torch.autograd.grad(y, x, g)
print(torch.allclose(grad, F.conv_transpose1d(g, w)))
#> True

w2 = torch.randn(4, 2, 3)
print(F.conv1d(torch.randn(1, 2, 6), w2).shape, F.conv_transpose1d(torch.randn(1, 4, 6), w2).shape)
#> torch.Size([1, 4, 4]) torch.Size([1, 2, 8])
