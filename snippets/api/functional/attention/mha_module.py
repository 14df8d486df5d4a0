import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)

mha = nn.MultiheadAttention(embed_dim=4, num_heads=2)
query = torch.randn(3, 2, 4)
key = torch.randn(5, 2, 4)
value = torch.randn(5, 2, 4)


def functional(**extra):
    return F.multi_head_attention_forward(
        query, key, value, mha.embed_dim, mha.num_heads,
        mha.in_proj_weight, mha.in_proj_bias, mha.bias_k, mha.bias_v, mha.add_zero_attn,
        mha.dropout, mha.out_proj.weight, mha.out_proj.bias, training=mha.training, **extra,
    )


out, weights = functional()
module_out, module_weights = mha(query, key, value)
print(out.shape, weights.shape)
#> torch.Size([3, 2, 4]) torch.Size([2, 3, 5])
print(torch.equal(out, module_out), torch.equal(weights, module_weights))
#> True True
print(weights.detach().sum(dim=-1))
#> tensor([[1., 1., 1.],
#>         [1., 1., 1.]])

mha.eval()
with torch.no_grad():
    out, _ = functional()
    module_out, _ = mha(query, key, value)
print(mha.training, torch.equal(out, module_out))
#> False True
