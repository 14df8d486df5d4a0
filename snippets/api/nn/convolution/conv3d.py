import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
layer = nn.Conv3d(in_channels=3, out_channels=2, kernel_size=(2, 3, 3), stride=(1, 2, 2), padding=(0, 1, 1))
for name, p in layer.named_parameters():
    print(name, tuple(p.shape))
    #> weight (2, 3, 2, 3, 3)
    #> bias (2,)
print("buffers:", [name for name, _ in layer.named_buffers()])
#> buffers: []

video = torch.randn(1, 3, 4, 8, 8)
y = layer(video)
formula = tuple((n + 2 * p - (k - 1) - 1) // s + 1 for n, k, s, p in zip((4, 8, 8), (2, 3, 3), (1, 2, 2), (0, 1, 1)))
print("(1, 3, 4, 8, 8) ->", tuple(y.shape), "formula (D, H, W):", formula)
#> (1, 3, 4, 8, 8) -> (1, 2, 3, 4, 4) formula (D, H, W): (3, 4, 4)
padded = F.pad(video, (1, 1, 1, 1))
by_hand = (padded[0, :, 0:2, 0:3, 0:3] * layer.weight[0]).sum() + layer.bias[0]
print("y[0, 0, 0, 0, 0]:", round(y[0, 0, 0, 0, 0].item(), 4), "by hand:", round(by_hand.item(), 4))
#> y[0, 0, 0, 0, 0]: -0.0506 by hand: -0.0506
same = F.conv3d(video, layer.weight, layer.bias, stride=(1, 2, 2), padding=(0, 1, 1))
print("equals F.conv3d:", torch.equal(y, same), "| same in eval():", torch.equal(y, layer.eval()(video)))
#> equals F.conv3d: True | same in eval(): True
