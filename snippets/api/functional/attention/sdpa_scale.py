import math

import torch
import torch.nn.functional as F

torch.manual_seed(0)

q = torch.randn(3, 16)
k = torch.randn(5, 16)
v = torch.randn(5, 2)
default = F.scaled_dot_product_attention(q, k, v)
print(torch.allclose(default, F.scaled_dot_product_attention(q, k, v, scale=1 / math.sqrt(16))))
#> True

plain = F.scaled_dot_product_attention(q, k, v, scale=1.0)
print(torch.allclose(plain, torch.softmax(q @ k.T, dim=-1) @ v, atol=1e-6))
#> True
print(torch.softmax(q @ k.T / 4, -1).max(-1).values.round(decimals=2))
#> tensor([0.7200, 0.5500, 0.3200])
print(torch.softmax(q @ k.T, -1).max(-1).values.round(decimals=2))
#> tensor([1.0000, 0.9200, 0.5400])
