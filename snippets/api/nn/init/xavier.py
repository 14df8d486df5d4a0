import math

import torch
from torch import nn

torch.manual_seed(0)
conv = nn.Conv2d(in_channels=64, out_channels=128, kernel_size=3)
w = conv.weight
print("weight", tuple(w.shape))
#> weight (128, 64, 3, 3)
fan_in, fan_out = 64 * 3 * 3, 128 * 3 * 3
print("fan_in = 64*3*3 =", fan_in, "fan_out = 128*3*3 =", fan_out)
#> fan_in = 64*3*3 = 576 fan_out = 128*3*3 = 1152

gain = nn.init.calculate_gain("tanh")
nn.init.xavier_uniform_(w, gain=gain)
bound = gain * math.sqrt(6 / (fan_in + fan_out))
print(f"uniform: max |w| {w.abs().max():.4f} <= bound {bound:.4f}: {bool(w.abs().max() <= bound)}")
#> uniform: max |w| 0.0982 <= bound 0.0982: True
print(f"uniform: std {w.std():.4f} formula bound / sqrt(3) = {bound / math.sqrt(3):.4f}")
#> uniform: std 0.0568 formula bound / sqrt(3) = 0.0567

nn.init.xavier_normal_(w, gain=gain)
std = gain * math.sqrt(2 / (fan_in + fan_out))
print(f"normal:  std {w.std():.4f} formula {std:.4f}")
#> normal:  std 0.0568 formula 0.0567
