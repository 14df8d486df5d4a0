import torch
import torch.nn.functional as F

torch.manual_seed(0)

q = torch.randn(1, 6, 4, 8)
k = torch.randn(1, 2, 4, 8)
v = torch.randn(1, 2, 4, 8)
out = F.scaled_dot_product_attention(q, k, v, enable_gqa=True)
print(out.shape)
#> torch.Size([1, 6, 4, 8])

repeated = F.scaled_dot_product_attention(q, k.repeat_interleave(3, dim=1), v.repeat_interleave(3, dim=1))
print(torch.allclose(out, repeated, atol=1e-6))
#> True

try:
    F.scaled_dot_product_attention(q, k, v)
except RuntimeError as error:
    print("RuntimeError:", error)
    #> RuntimeError: The size of tensor a (6) must match the size of tensor b (2) at non-singleton dimension 1
