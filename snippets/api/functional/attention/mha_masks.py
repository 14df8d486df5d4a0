import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)

mha = nn.MultiheadAttention(4, 2)
query = torch.randn(3, 2, 4)
key = torch.randn(5, 2, 4)


def attend(**extra):
    return F.multi_head_attention_forward(
        query, key, key, 4, 2, mha.in_proj_weight, mha.in_proj_bias, None, None, False, 0.0,
        mha.out_proj.weight, mha.out_proj.bias, **extra,
    )


padding = torch.tensor([[False, False, False, True, True], [False] * 5])
_, weights = attend(key_padding_mask=padding)
print(weights[0].detach().round(decimals=2))
#> tensor([[0.3100, 0.2900, 0.4000, 0.0000, 0.0000],
#>         [0.2800, 0.4500, 0.2700, 0.0000, 0.0000],
#>         [0.3500, 0.2900, 0.3500, 0.0000, 0.0000]])

blocked = torch.ones(3, 5, dtype=torch.bool).triu(diagonal=1)
_, weights = attend(attn_mask=blocked)
print(weights[1].detach().round(decimals=2))
#> tensor([[1.0000, 0.0000, 0.0000, 0.0000, 0.0000],
#>         [0.5500, 0.4500, 0.0000, 0.0000, 0.0000],
#>         [0.3200, 0.3300, 0.3500, 0.0000, 0.0000]])

_, per_head = attend(average_attn_weights=False)
_, averaged = attend()
print(per_head.shape, torch.allclose(per_head.mean(dim=1), averaged))
#> torch.Size([2, 2, 3, 5]) True
print(attend(need_weights=False)[1])
#> None
