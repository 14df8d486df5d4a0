import torch
import torch.nn.functional as F
from torch import nn


def out_len(size, k, stride=1, padding=0, output_padding=0, dilation=1):
    return (size - 1) * stride - 2 * padding + dilation * (k - 1) + output_padding + 1


torch.manual_seed(0)
layer = nn.ConvTranspose2d(in_channels=4, out_channels=2, kernel_size=3, stride=2, padding=1, output_padding=1)
for name, p in layer.named_parameters():
    print(name, tuple(p.shape))
    #> weight (4, 2, 3, 3)
    #> bias (2,)
print("buffers:", [name for name, _ in layer.named_buffers()])
#> buffers: []

x = torch.randn(1, 4, 5, 5)
y = layer(x)
print("2d: (1, 4, 5, 5) ->", tuple(y.shape), "formula:", out_len(5, 3, stride=2, padding=1, output_padding=1))
#> 2d: (1, 4, 5, 5) -> (1, 2, 10, 10) formula: 10
same = F.conv_transpose2d(x, layer.weight, layer.bias, stride=2, padding=1, output_padding=1)
print("equals F.conv_transpose2d:", torch.equal(y, same), "| same in eval():", torch.equal(y, layer.eval()(x)))
#> equals F.conv_transpose2d: True | same in eval(): True

cube = nn.ConvTranspose3d(2, 3, kernel_size=(1, 2, 2), stride=(1, 2, 2))
formula = (out_len(4, 1), out_len(6, 2, stride=2), out_len(6, 2, stride=2))
print("3d: (1, 2, 4, 6, 6) ->", tuple(cube(torch.randn(1, 2, 4, 6, 6)).shape), "formula:", formula)
#> 3d: (1, 2, 4, 6, 6) -> (1, 3, 4, 12, 12) formula: (4, 12, 12)

line = nn.ConvTranspose1d(1, 1, kernel_size=3, stride=2, bias=False)
with torch.no_grad():
    line.weight.copy_(torch.tensor([[[1.0, 10.0, 100.0]]]))
print("1d: [1, 2] spread with [1, 10, 100], stride=2 ->", line(torch.tensor([[[1.0, 2.0]]])).flatten().tolist())
#> 1d: [1, 2] spread with [1, 10, 100], stride=2 -> [1.0, 10.0, 102.0, 20.0, 200.0]

odd = nn.ConvTranspose1d(1, 1, 3, padding="same")
print("padding='same' accepted as", odd.padding)
#> padding='same' accepted as ('s', 'a', 'm', 'e')
try:
    odd(torch.randn(1, 1, 5))
except TypeError as error:
    print("calling it: TypeError:", str(error).split(",")[0])
    #> calling it: TypeError: conv_transpose1d(): argument 'padding' (position 5) must be tuple of ints
try:
    nn.ConvTranspose2d(4, 2, 3, padding_mode="reflect")
except ValueError as error:
    print("padding_mode='reflect': ValueError:", error)
    #> padding_mode='reflect': ValueError: Only "zeros" padding mode is supported for ConvTranspose2d
