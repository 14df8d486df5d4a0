import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)

x = torch.tensor([[[1.0, 2.0]]])
w = torch.tensor([[[1.0, 1.0, 1.0]]])
print(F.conv_transpose1d(x, w, stride=2))
#> tensor([[[1., 1., 3., 2., 2.]]])

for conv, module, shape in [
    (F.conv_transpose1d, nn.ConvTranspose1d(2, 3, 3, stride=2), (1, 2, 4)),
    (F.conv_transpose2d, nn.ConvTranspose2d(2, 3, 3, stride=2, padding=1), (1, 2, 4, 4)),
    (F.conv_transpose3d, nn.ConvTranspose3d(2, 3, 2, stride=2), (1, 2, 2, 2, 2)),
]:
    inp = torch.randn(shape)
    out = conv(inp, module.weight, module.bias, module.stride, module.padding)
    print(conv.__name__, tuple(module.weight.shape), tuple(out.shape), torch.equal(out, module(inp)))
    #> conv_transpose1d (2, 3, 3) (1, 3, 9) True
    #> conv_transpose2d (2, 3, 3, 3) (1, 3, 7, 7) True
    #> conv_transpose3d (2, 3, 2, 2, 2) (1, 3, 4, 4, 4) True
