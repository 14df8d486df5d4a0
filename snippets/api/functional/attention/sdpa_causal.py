import torch
import torch.nn.functional as F

torch.manual_seed(0)

q = torch.randn(1, 2, 4, 8)
k = torch.randn(1, 2, 4, 8)
v = torch.randn(1, 2, 4, 8)
causal = F.scaled_dot_product_attention(q, k, v, is_causal=True)
tril = torch.ones(4, 4, dtype=torch.bool).tril()
print(tril.int())
#> tensor([[1, 0, 0, 0],
#>         [1, 1, 0, 0],
#>         [1, 1, 1, 0],
#>         [1, 1, 1, 1]], dtype=torch.int32)
print(torch.allclose(causal, F.scaled_dot_product_attention(q, k, v, attn_mask=tril)))
#> True

short_q = q[:, :, :2]
out = F.scaled_dot_product_attention(short_q, k, v, is_causal=True)
top_left = torch.ones(2, 4, dtype=torch.bool).tril()
print(top_left.int())
#> tensor([[1, 0, 0, 0],
#>         [1, 1, 0, 0]], dtype=torch.int32)
print(torch.allclose(out, F.scaled_dot_product_attention(short_q, k, v, attn_mask=top_left)))
#> True

try:
    F.scaled_dot_product_attention(q, k, v, attn_mask=tril, is_causal=True)
except RuntimeError as error:
    print("RuntimeError:", error)
    #> RuntimeError: _scaled_dot_product_attention: Explicit attn_mask should not be set when is_causal=True
