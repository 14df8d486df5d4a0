import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
layer = nn.Conv1d(in_channels=2, out_channels=3, kernel_size=3)
for name, p in layer.named_parameters():
    print(name, tuple(p.shape))
    #> weight (3, 2, 3)
    #> bias (3,)
print("buffers:", [name for name, _ in layer.named_buffers()])
#> buffers: []

x = torch.randn(4, 2, 10)
y = layer(x)
print("(4, 2, 10) ->", tuple(y.shape))
#> (4, 2, 10) -> (4, 3, 8)
by_hand = (x[0, :, 0:3] * layer.weight[1]).sum() + layer.bias[1]
print("y[0, 1, 0]:", round(y[0, 1, 0].item(), 4), "by hand:", round(by_hand.item(), 4))
#> y[0, 1, 0]: -0.65 by hand: -0.65
print("equals F.conv1d:", torch.equal(y, F.conv1d(x, layer.weight, layer.bias)))
#> equals F.conv1d: True

for stride, padding, dilation in [(2, 1, 1), (1, 0, 3)]:
    conv = nn.Conv1d(2, 3, 3, stride=stride, padding=padding, dilation=dilation)
    formula = (10 + 2 * padding - dilation * (3 - 1) - 1) // stride + 1
    print(f"stride={stride} padding={padding} dilation={dilation}: formula {formula}, real {conv(x).shape[-1]}")
    #> stride=2 padding=1 dilation=1: formula 5, real 5
    #> stride=1 padding=0 dilation=3: formula 4, real 4
print("unbatched (2, 10) ->", tuple(layer(x[0]).shape))
#> unbatched (2, 10) -> (3, 8)
print("same in eval():", torch.equal(y, layer.eval()(x)))
#> same in eval(): True
