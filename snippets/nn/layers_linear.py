import torch
import torch.nn as nn

torch.manual_seed(0)
fc = nn.Linear(in_features=3, out_features=4)
print(fc.weight.shape, fc.bias.shape)
#> torch.Size([4, 3]) torch.Size([4])

x = torch.randn(2, 5, 3)
y = fc(x)
print(x.shape, "->", y.shape)
#> torch.Size([2, 5, 3]) -> torch.Size([2, 5, 4])
print(torch.allclose(y, x @ fc.weight.T + fc.bias))
#> True

print(nn.Linear(3, 4, bias=False).bias)
#> None
