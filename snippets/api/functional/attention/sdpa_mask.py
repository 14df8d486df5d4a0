import torch
import torch.nn.functional as F

torch.manual_seed(0)

q = torch.randn(3, 4)
k = torch.randn(3, 4)
v = torch.tensor([[1.0, 0.0], [0.0, 1.0], [5.0, 5.0]])

keep = torch.tensor([[True, False, False], [True, True, False], [True, True, True]])
out = F.scaled_dot_product_attention(q, k, v, attn_mask=keep)
print(out)
#> tensor([[1.0000, 0.0000],
#>         [0.5735, 0.4265],
#>         [1.2464, 1.1793]])

additive = torch.zeros(3, 3).masked_fill(~keep, float("-inf"))
print(torch.allclose(out, F.scaled_dot_product_attention(q, k, v, attn_mask=additive)))
#> True

ones_zeros = keep.float()
print(torch.allclose(out, F.scaled_dot_product_attention(q, k, v, attn_mask=ones_zeros)))
#> False

bias = torch.tensor([0.0, 0.0, 2.0])
scores = q @ k.T / 2 + bias
print(torch.allclose(F.scaled_dot_product_attention(q, k, v, attn_mask=bias), torch.softmax(scores, -1) @ v))
#> True

blocked = torch.zeros(1, 3, dtype=torch.bool)
print(F.scaled_dot_product_attention(q[:1], k, v, attn_mask=blocked))
#> tensor([[0., 0.]])
print(torch.softmax(torch.full((3,), float("-inf")), dim=0))
#> tensor([nan, nan, nan])
