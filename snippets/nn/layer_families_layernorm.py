import torch
import torch.nn as nn

torch.manual_seed(0)
x = torch.randn(2, 3, 8) * 4 + 10
norm = nn.LayerNorm(8)
y = norm(x).detach()

print(x.shape, "->", y.shape)
#> torch.Size([2, 3, 8]) -> torch.Size([2, 3, 8])
print(tuple(norm.weight.shape), tuple(norm.bias.shape))
#> (8,) (8,)
print("mean ~ 0:", y.mean(dim=-1).abs().max().item() < 1e-5)
#> mean ~ 0: True
print("std:", y.std(dim=-1, correction=0).round(decimals=3))
#> std: tensor([[1., 1., 1.],
#>         [1., 1., 1.]])
