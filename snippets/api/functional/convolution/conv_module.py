import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)

x = torch.tensor([[[1.0, 2.0, 4.0, 7.0, 11.0]]])
w = torch.tensor([[[1.0, 0.0, -1.0]]])
print(F.conv1d(x, w))
#> tensor([[[-3., -5., -7.]]])
print([x[0, 0, i].item() - x[0, 0, i + 2].item() for i in range(3)])
#> [-3.0, -5.0, -7.0]

for conv, module, shape in [
    (F.conv1d, nn.Conv1d(2, 3, 3), (1, 2, 8)),
    (F.conv2d, nn.Conv2d(2, 3, 3, padding=1), (1, 2, 5, 5)),
    (F.conv3d, nn.Conv3d(2, 3, 3, stride=2), (1, 2, 5, 5, 5)),
]:
    inp = torch.randn(shape)
    out = conv(inp, module.weight, module.bias, module.stride, module.padding)
    print(conv.__name__, tuple(module.weight.shape), tuple(out.shape), torch.equal(out, module(inp)))
    #> conv1d (3, 2, 3) (1, 3, 6) True
    #> conv2d (3, 2, 3, 3) (1, 3, 5, 5) True
    #> conv3d (3, 2, 3, 3, 3) (1, 3, 2, 2, 2) True
