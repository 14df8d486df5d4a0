import torch
import torch.nn.functional as F

torch.manual_seed(0)

time, batch, c_in, c_out, k = 5, 2, 3, 4, 3
x = torch.randn(time, batch, c_in)
weight = torch.randn(k, c_in, c_out)
bias = torch.randn(c_out)
out = F.conv_tbc(x, weight, bias, pad=1)
print(out.shape)
#> torch.Size([5, 2, 4])

ref = F.conv1d(x.permute(1, 2, 0), weight.permute(2, 1, 0), bias, padding=1).permute(2, 0, 1)
print(torch.allclose(out, ref, atol=1e-6))
#> True

try:
    F.conv_tbc(x, weight)
except TypeError as error:
    print("TypeError:", error)
    #> TypeError: conv_tbc() missing 1 required positional arguments: "bias"
