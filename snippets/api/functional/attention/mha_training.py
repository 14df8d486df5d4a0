import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)

mha = nn.MultiheadAttention(4, 2, dropout=0.5).eval()
x = torch.randn(3, 2, 4)
args = (x, x, x, 4, 2, mha.in_proj_weight, mha.in_proj_bias, None, None, False, mha.dropout,
        mha.out_proj.weight, mha.out_proj.bias)
with torch.no_grad():
    first, _ = F.multi_head_attention_forward(*args)
    second, _ = F.multi_head_attention_forward(*args)
    print(mha.training, torch.equal(first, second))
    #> False False
    first, _ = F.multi_head_attention_forward(*args, training=mha.training)
    second, _ = F.multi_head_attention_forward(*args, training=mha.training)
    print(torch.equal(first, second), torch.allclose(first, mha(x, x, x)[0], atol=1e-6))
    #> True True
