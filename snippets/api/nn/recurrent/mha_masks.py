import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
mha = nn.MultiheadAttention(embed_dim=8, num_heads=2, batch_first=True)
x = torch.randn(1, 4, 8)

key_padding_mask = torch.tensor([[False, False, True, True]])
out, weights = mha(x, x, x, key_padding_mask=key_padding_mask)
print("key_padding_mask", key_padding_mask.tolist())
#> key_padding_mask [[False, False, True, True]]
for row in weights[0].tolist():
    print([round(w, 2) for w in row])
    #> [0.7, 0.3, 0.0, 0.0]
    #> [0.48, 0.52, 0.0, 0.0]
    #> [0.41, 0.59, 0.0, 0.0]
    #> [0.41, 0.59, 0.0, 0.0]

causal = torch.ones(4, 4, dtype=torch.bool).triu(diagonal=1)
out, weights = mha(x, x, x, attn_mask=causal)
print("attn_mask (True = not allowed):")
#> attn_mask (True = not allowed):
print(causal.int())
#> tensor([[0, 1, 1, 1],
#>         [0, 0, 1, 1],
#>         [0, 0, 0, 1],
#>         [0, 0, 0, 0]], dtype=torch.int32)
print("weights above the diagonal all 0:", bool((weights[0][causal] == 0).all()))
#> weights above the diagonal all 0: True

q = k = v = torch.randn(1, 2, 4, 4)
print("F.scaled_dot_product_attention(attn_mask=~causal) == is_causal=True:", torch.allclose(
    F.scaled_dot_product_attention(q, k, v, attn_mask=~causal),
    F.scaled_dot_product_attention(q, k, v, is_causal=True)))
#> F.scaled_dot_product_attention(attn_mask=~causal) == is_causal=True: True
