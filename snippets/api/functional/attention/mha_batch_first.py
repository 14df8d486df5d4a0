import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)

mha = nn.MultiheadAttention(4, 2, batch_first=True)
x = torch.randn(2, 3, 4)
changed = x.clone()
changed[1] += 10.0


def functional(t):
    return F.multi_head_attention_forward(
        t, t, t, 4, 2, mha.in_proj_weight, mha.in_proj_bias, None, None, False, 0.0,
        mha.out_proj.weight, mha.out_proj.bias,
    )[0]


print(torch.allclose(functional(x)[0], functional(changed)[0]))
#> False
print(torch.allclose(mha(x, x, x)[0][0], mha(changed, changed, changed)[0][0]))
#> True

seq_first = x.transpose(0, 1)
out = functional(seq_first).transpose(0, 1)
print(torch.equal(out, mha(x, x, x)[0]))
#> True
