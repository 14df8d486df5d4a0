import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)

E, H = 4, 2
mha = nn.MultiheadAttention(E, H)
x = torch.randn(3, 2, E)
out, _ = F.multi_head_attention_forward(
    x, x, x, E, H, mha.in_proj_weight, mha.in_proj_bias, None, None, False, 0.0,
    mha.out_proj.weight, mha.out_proj.bias,
)

w_q, w_k, w_v = mha.in_proj_weight.chunk(3)
b_q, b_k, b_v = mha.in_proj_bias.chunk(3)


def split_heads(t):
    return t.reshape(3, 2, H, E // H).permute(1, 2, 0, 3)


q, k, v = (split_heads(F.linear(x, w, b)) for w, b in [(w_q, b_q), (w_k, b_k), (w_v, b_v)])
heads = F.scaled_dot_product_attention(q, k, v)
print(heads.shape)
#> torch.Size([2, 2, 3, 2])
merged = heads.permute(2, 0, 1, 3).reshape(3, 2, E)
print(torch.allclose(out, F.linear(merged, mha.out_proj.weight, mha.out_proj.bias), atol=1e-6))
#> True
