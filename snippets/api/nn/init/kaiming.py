import math

import torch
from torch import nn

torch.manual_seed(0)
w = nn.Conv2d(in_channels=64, out_channels=128, kernel_size=3).weight
fan_in, fan_out = 64 * 3 * 3, 128 * 3 * 3

nn.init.kaiming_normal_(w, mode="fan_in", nonlinearity="relu")
print(f"normal, fan_in, relu:  std {w.std():.4f} sqrt(2)/sqrt({fan_in}) = {math.sqrt(2) / math.sqrt(fan_in):.4f}")
#> normal, fan_in, relu:  std 0.0590 sqrt(2)/sqrt(576) = 0.0589
nn.init.kaiming_normal_(w, mode="fan_out", nonlinearity="relu")
print(f"normal, fan_out, relu: std {w.std():.4f} sqrt(2)/sqrt({fan_out}) = {math.sqrt(2) / math.sqrt(fan_out):.4f}")
#> normal, fan_out, relu: std 0.0417 sqrt(2)/sqrt(1152) = 0.0417

nn.init.kaiming_uniform_(w, a=0.2, nonlinearity="leaky_relu")
gain = math.sqrt(2 / (1 + 0.2**2))
bound = gain * math.sqrt(3 / fan_in)
print(f"uniform, a=0.2: max |w| {w.abs().max():.4f} bound gain*sqrt(3/fan_in) = {bound:.4f}")
#> uniform, a=0.2: max |w| 0.1001 bound gain*sqrt(3/fan_in) = 0.1001
print(f"uniform, a=0.2: std {w.std():.4f} gain/sqrt(fan_in) = {gain / math.sqrt(fan_in):.4f}")
#> uniform, a=0.2: std 0.0578 gain/sqrt(fan_in) = 0.0578

g1, g2 = torch.Generator().manual_seed(7), torch.Generator().manual_seed(7)
a = nn.init.kaiming_uniform_(torch.empty(4, 3), generator=g1)
b = nn.init.kaiming_uniform_(torch.empty(4, 3), generator=g2)
print("same generator seed:", torch.equal(a, b))
#> same generator seed: True
