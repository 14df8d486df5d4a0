import math

import torch
import torch.nn as nn

torch.manual_seed(0)
w = torch.empty(256, 512)
fan_out, fan_in = w.shape

nn.init.kaiming_normal_(w, mode="fan_in", nonlinearity="relu")
print(f"kaiming_normal_  std={w.std():.4f}  theory sqrt(2/fan_in)={math.sqrt(2 / fan_in):.4f}")
#> kaiming_normal_  std=0.0626  theory sqrt(2/fan_in)=0.0625

nn.init.xavier_uniform_(w)
bound = math.sqrt(6 / (fan_in + fan_out))
print(f"xavier_uniform_  min={w.min():.4f} max={w.max():.4f}  theory ±sqrt(6/(fan_in+fan_out))=±{bound:.4f}")
#> xavier_uniform_  min=-0.0884 max=0.0884  theory ±sqrt(6/(fan_in+fan_out))=±0.0884

nn.init.normal_(w, mean=0.0, std=0.02)
print(f"normal_          mean={w.mean():.4f} std={w.std():.4f}  asked mean=0, std=0.02")
#> normal_          mean=-0.0001 std=0.0200  asked mean=0, std=0.02

nn.init.constant_(w, 0.1)
print(f"constant_        unique values: {w.unique()}")
#> constant_        unique values: tensor([0.1000])
