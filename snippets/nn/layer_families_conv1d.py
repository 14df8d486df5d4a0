import torch
import torch.nn as nn

conv = nn.Conv1d(in_channels=1, out_channels=1, kernel_size=3, bias=False)
with torch.no_grad():
    conv.weight.copy_(torch.tensor([[[1.0, 0.0, -1.0]]]))

x = torch.tensor([[[1.0, 2.0, 4.0, 7.0, 11.0, 16.0]]])
y = conv(x)
print(x.shape, "->", y.shape)
#> torch.Size([1, 1, 6]) -> torch.Size([1, 1, 4])
print(y.detach())
#> tensor([[[-3., -5., -7., -9.]]])
