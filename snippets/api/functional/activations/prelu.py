import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.tensor([[[-2.0, 1.0], [-2.0, 1.0], [-2.0, 1.0]]])
weight = torch.tensor([0.1, 0.2, 0.3], requires_grad=True)
y = F.prelu(x, weight)
print(x.shape, y.detach()[0])
#> torch.Size([1, 3, 2]) tensor([[-0.2000,  1.0000],
#>         [-0.4000,  1.0000],
#>         [-0.6000,  1.0000]])
print(-2.0 * 0.3)
#> -0.6

y.sum().backward()
print(weight.grad)
#> tensor([-2., -2., -2.])

module = nn.PReLU(num_parameters=3)
with torch.no_grad():
    module.weight.copy_(torch.tensor([0.1, 0.2, 0.3]))
print(torch.equal(module(x), F.prelu(x, module.weight)))
#> True
print(nn.PReLU().weight.data, F.prelu(x, torch.tensor([0.25]))[0, :, 0])
#> tensor([0.2500]) tensor([-0.5000, -0.5000, -0.5000])
