import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
E, heads = 8, 2
mha = nn.MultiheadAttention(embed_dim=E, num_heads=heads, batch_first=True)
for name, p in mha.named_parameters():
    print(name, tuple(p.shape))
    #> in_proj_weight (24, 8)
    #> in_proj_bias (24,)
    #> out_proj.weight (8, 8)
    #> out_proj.bias (8,)

query, key = torch.randn(1, 3, E), torch.randn(1, 4, E)
out, weights = mha(query, key, key)
print("out", tuple(out.shape), "weights", tuple(weights.shape), "rows sum to 1:", torch.allclose(weights.sum(-1), torch.ones(1, 3)))
#> out (1, 3, 8) weights (1, 3, 4) rows sum to 1: True
_, per_head = mha(query, key, key, average_attn_weights=False)
print("per head", tuple(per_head.shape), "mean over heads == weights:", torch.allclose(per_head.mean(1), weights))
#> per head (1, 2, 3, 4) mean over heads == weights: True
print("need_weights=False ->", mha(query, key, key, need_weights=False)[1])
#> need_weights=False -> None

w_q, w_k, w_v = mha.in_proj_weight.chunk(3)
b_q, b_k, b_v = mha.in_proj_bias.chunk(3)
split = lambda t: t.view(1, -1, heads, E // heads).transpose(1, 2)
q, k, v = split(query @ w_q.T + b_q), split(key @ w_k.T + b_k), split(key @ w_v.T + b_v)
attended = F.scaled_dot_product_attention(q, k, v).transpose(1, 2).reshape(1, 3, E)
print("equals F.scaled_dot_product_attention + out_proj:", torch.allclose(mha.out_proj(attended), out, atol=1e-6))
#> equals F.scaled_dot_product_attention + out_proj: True
