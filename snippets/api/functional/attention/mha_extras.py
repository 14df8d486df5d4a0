import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)

mha = nn.MultiheadAttention(4, 2, kdim=3, vdim=2, add_bias_kv=True, add_zero_attn=True)
query = torch.randn(3, 2, 4)
key = torch.randn(5, 2, 3)
value = torch.randn(5, 2, 2)
print(mha.in_proj_weight, mha.q_proj_weight.shape, mha.k_proj_weight.shape, mha.v_proj_weight.shape)
#> None torch.Size([4, 4]) torch.Size([4, 3]) torch.Size([4, 2])

out, weights = F.multi_head_attention_forward(
    query, key, value, 4, 2, None, mha.in_proj_bias, mha.bias_k, mha.bias_v, True, 0.0,
    mha.out_proj.weight, mha.out_proj.bias, use_separate_proj_weight=True,
    q_proj_weight=mha.q_proj_weight, k_proj_weight=mha.k_proj_weight, v_proj_weight=mha.v_proj_weight,
)
module_out, module_weights = mha(query, key, value)
print(weights.shape, torch.equal(out, module_out), torch.equal(weights, module_weights))
#> torch.Size([2, 3, 7]) True True

mha = nn.MultiheadAttention(4, 2)
x = torch.randn(3, 2, 4)
args = (x, x, x, 4, 2, mha.in_proj_weight, mha.in_proj_bias, None, None, False, 0.0,
        mha.out_proj.weight, mha.out_proj.bias)
_, w_k, w_v = mha.in_proj_weight.chunk(3)
_, b_k, b_v = mha.in_proj_bias.chunk(3)
static_k = F.linear(x, w_k, b_k).reshape(3, 2 * 2, 2).transpose(0, 1)
static_v = F.linear(x, w_v, b_v).reshape(3, 2 * 2, 2).transpose(0, 1)
print(static_k.shape)
#> torch.Size([4, 3, 2])
with_static, _ = F.multi_head_attention_forward(*args, static_k=static_k, static_v=static_v)
print(torch.allclose(with_static, F.multi_head_attention_forward(*args)[0], atol=1e-6))
#> True
