import math

import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
layer = nn.Conv2d(in_channels=3, out_channels=4, kernel_size=3)
for name, p in layer.named_parameters():
    print(name, tuple(p.shape), p.requires_grad)
    #> weight (4, 3, 3, 3) True
    #> bias (4,) True
print("buffers:", [name for name, _ in layer.named_buffers()])
#> buffers: []

x = torch.randn(2, 3, 5, 5)
y = layer(x)
print("(2, 3, 5, 5) ->", tuple(y.shape))
#> (2, 3, 5, 5) -> (2, 4, 3, 3)
window = x[0, :, 1:4, 2:5]
by_hand = (window * layer.weight[3]).sum() + layer.bias[3]
print("y[0, 3, 1, 2]:", round(y[0, 3, 1, 2].item(), 4), "by hand:", round(by_hand.item(), 4))
#> y[0, 3, 1, 2]: -0.1252 by hand: -0.1252
print("equals F.conv2d:", torch.equal(y, F.conv2d(x, layer.weight, layer.bias)))
#> equals F.conv2d: True
print("same in eval():", torch.equal(y, layer.eval()(x)))
#> same in eval(): True
bound = 1 / math.sqrt(3 * 3 * 3)
print(f"init within ±1/sqrt(3*3*3) = ±{bound:.4f}:", bool(layer.weight.abs().max() <= bound), bool(layer.bias.abs().max() <= bound))
#> init within ±1/sqrt(3*3*3) = ±0.1925: True True

x = torch.randn(1, 4, 6, 6)
for groups in [1, 2, 4]:
    conv = nn.Conv2d(4, 8, 3, groups=groups)
    count = sum(p.numel() for p in conv.parameters())
    print(f"groups={groups}: weight {tuple(conv.weight.shape)}, {count} parameters, output {tuple(conv(x).shape)}")
    #> groups=1: weight (8, 4, 3, 3), 296 parameters, output (1, 8, 4, 4)
    #> groups=2: weight (8, 2, 3, 3), 152 parameters, output (1, 8, 4, 4)
    #> groups=4: weight (8, 1, 3, 3), 80 parameters, output (1, 8, 4, 4)
depthwise = nn.Conv2d(4, 4, 3, groups=4)
alone = F.conv2d(x[:, 2:3], depthwise.weight[2:3], depthwise.bias[2:3])
print("depthwise: output channel 2 uses input channel 2 only:", torch.allclose(depthwise(x)[:, 2:3], alone))
#> depthwise: output channel 2 uses input channel 2 only: True
try:
    nn.Conv2d(4, 6, 3, groups=4)
except ValueError as error:
    print("Conv2d(4, 6, 3, groups=4):", error)
    #> Conv2d(4, 6, 3, groups=4): out_channels must be divisible by groups
