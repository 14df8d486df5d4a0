import torch
import torch.nn as nn

x = torch.zeros(1, 8, 5, 5)
for groups in [1, 2, 8]:
    conv = nn.Conv2d(8, 16, kernel_size=3, groups=groups)
    n = sum(p.numel() for p in conv.parameters())
    print(f"groups={groups}: weight {tuple(conv.weight.shape)}  bias {tuple(conv.bias.shape)}  params {n}  out {tuple(conv(x).shape)}")
    #> groups=1: weight (16, 8, 3, 3)  bias (16,)  params 1168  out (1, 16, 3, 3)
    #> groups=2: weight (16, 4, 3, 3)  bias (16,)  params 592  out (1, 16, 3, 3)
    #> groups=8: weight (16, 1, 3, 3)  bias (16,)  params 160  out (1, 16, 3, 3)

no_bias = nn.Conv2d(8, 16, kernel_size=3, bias=False)
print(no_bias.bias)
#> None

try:
    nn.Conv2d(8, 16, kernel_size=3, groups=3)
except ValueError as error:
    print("ValueError:", error)
    #> ValueError: in_channels must be divisible by groups
