import inspect
import math

import torch
from torch import nn

source = inspect.getsource(nn.Linear.reset_parameters)
print([line.strip() for line in source.splitlines() if "init." in line])
#> ['init.kaiming_uniform_(self.weight, a=math.sqrt(5))', 'fan_in, _ = init._calculate_fan_in_and_fan_out(self.weight)', 'init.uniform_(self.bias, -bound, bound)']

torch.manual_seed(0)
layer = nn.Linear(20, 10)
torch.manual_seed(0)
w = nn.init.kaiming_uniform_(torch.empty(10, 20), a=math.sqrt(5))
print("Linear weight reproduced:", torch.equal(layer.weight, w))
#> Linear weight reproduced: True

torch.manual_seed(0)
conv = nn.Conv2d(3, 8, kernel_size=5)
torch.manual_seed(0)
w = nn.init.kaiming_uniform_(torch.empty(8, 3, 5, 5), a=math.sqrt(5))
print("Conv2d weight reproduced:", torch.equal(conv.weight, w))
#> Conv2d weight reproduced: True

fan_in = 3 * 5 * 5
bound = math.sqrt(2 / (1 + 5)) * math.sqrt(3 / fan_in)
print(f"bound {bound:.4f} = 1/sqrt(fan_in) = {1 / math.sqrt(fan_in):.4f}, max |w| {conv.weight.abs().max():.4f}")
#> bound 0.1155 = 1/sqrt(fan_in) = 0.1155, max |w| 0.1154
print(f"default std 1/sqrt(3*fan_in) = {1 / math.sqrt(3 * fan_in):.4f}, He for ReLU sqrt(2/fan_in) = {math.sqrt(2 / fan_in):.4f}")
#> default std 1/sqrt(3*fan_in) = 0.0667, He for ReLU sqrt(2/fan_in) = 0.1633
