import warnings

import torch
from torch import nn

torch.manual_seed(0)
layer = nn.TransformerEncoderLayer(d_model=8, nhead=2, dim_feedforward=16, batch_first=True)
encoder = nn.TransformerEncoder(layer, num_layers=2).eval()
src = torch.randn(2, 5, 8)
padding = torch.tensor([[False] * 5, [False] * 3 + [True] * 2])

slow = encoder(src, src_key_padding_mask=padding)
with torch.no_grad(), warnings.catch_warnings():
    warnings.simplefilter("ignore")
    fast = encoder(src, src_key_padding_mask=padding)
print("with grad, padded rows:", slow[1, 3:].abs().sum().item() > 0)
#> with grad, padded rows: True
print("no_grad,   padded rows:", fast[1, 3:].abs().sum().item())
#> no_grad,   padded rows: 0.0
print("real positions agree:", torch.allclose(slow[0], fast[0], atol=1e-5), torch.allclose(slow[1, :3], fast[1, :3], atol=1e-5))
#> real positions agree: True True

changed = src.clone()
changed[1, 3:] = 100.0
print("padded values ignored:", torch.allclose(encoder(changed, src_key_padding_mask=padding)[1, :3], slow[1, :3], atol=1e-5))
#> padded values ignored: True
