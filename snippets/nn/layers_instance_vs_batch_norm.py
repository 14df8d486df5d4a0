import torch
import torch.nn as nn

torch.manual_seed(0)
x = torch.randn(2, 3, 4, 4) * 5 + torch.arange(6.0).reshape(2, 3, 1, 1) * 10

inorm = nn.InstanceNorm2d(3)
bnorm = nn.BatchNorm2d(3)
y_in = inorm(x)
y_bn = bnorm(x).detach()

print("InstanceNorm2d, mean over (H, W) per sample and channel:")
#> InstanceNorm2d, mean over (H, W) per sample and channel:
print(y_in.mean(dim=(2, 3)).abs().round(decimals=3))
#> tensor([[0., 0., 0.],
#>         [0., 0., 0.]])
print("BatchNorm2d, mean over (H, W) per sample and channel:")
#> BatchNorm2d, mean over (H, W) per sample and channel:
print(y_bn.mean(dim=(2, 3)).round(decimals=3))
#> tensor([[-0.9480, -0.9380, -0.9560],
#>         [ 0.9480,  0.9380,  0.9560]])
print("BatchNorm2d, mean over (N, H, W) per channel:")
#> BatchNorm2d, mean over (N, H, W) per channel:
print(y_bn.mean(dim=(0, 2, 3)).abs().round(decimals=3))
#> tensor([0., 0., 0.])
