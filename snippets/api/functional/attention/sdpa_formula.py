import math

import torch
import torch.nn.functional as F

torch.manual_seed(0)

q = torch.randn(2, 3, 4, 8)
k = torch.randn(2, 3, 6, 8)
v = torch.randn(2, 3, 6, 5)
out = F.scaled_dot_product_attention(q, k, v)
print(type(out).__name__, out.shape)
#> Tensor torch.Size([2, 3, 4, 5])

weights = torch.softmax(q @ k.transpose(-2, -1) / math.sqrt(8), dim=-1)
print(torch.allclose(out, weights @ v, atol=1e-6))
#> True

q1 = torch.tensor([[1.0, 0.0]])
k1 = torch.tensor([[2.0, 0.0], [0.0, 2.0]])
v1 = torch.tensor([[10.0], [20.0]])
p = math.exp(2 / math.sqrt(2)) / (math.exp(2 / math.sqrt(2)) + 1)
print(F.scaled_dot_product_attention(q1, k1, v1), round(10 * p + 20 * (1 - p), 4))
#> tensor([[11.9557]]) 11.9557
