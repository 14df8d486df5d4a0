import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)

mha = nn.MultiheadAttention(4, 2)
x = torch.randn(3, 2, 4)
args = (x, x, x, 4, 2, mha.in_proj_weight, mha.in_proj_bias, None, None, False, 0.0,
        mha.out_proj.weight, mha.out_proj.bias)
causal = torch.ones(3, 3, dtype=torch.bool).triu(diagonal=1)
none = torch.zeros(3, 3, dtype=torch.bool)

try:
    F.multi_head_attention_forward(*args, is_causal=True)
except RuntimeError as error:
    print("RuntimeError:", str(error).split(".")[0])
    #> RuntimeError: Need attn_mask if specifying the is_causal hint

reference, _ = F.multi_head_attention_forward(*args, attn_mask=causal)
for need_weights in (True, False):
    out, _ = F.multi_head_attention_forward(*args, attn_mask=none, is_causal=True, need_weights=need_weights)
    print(f"need_weights={need_weights}: causal result {torch.allclose(out, reference, atol=1e-6)}")
    #> need_weights=True: causal result False
    #> need_weights=False: causal result True
