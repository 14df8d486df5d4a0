import torch
import torch.nn as nn

torch.manual_seed(0)
layer = nn.TransformerEncoderLayer(d_model=8, nhead=2, dim_feedforward=16, dropout=0.0, batch_first=True)
layer.eval()

x = torch.randn(2, 5, 8)
mask = torch.tensor([[False, False, False, True, True], [False] * 5])
y = layer(x, src_key_padding_mask=mask)
print(x.shape, "->", y.shape)
#> torch.Size([2, 5, 8]) -> torch.Size([2, 5, 8])

changed = x.clone()
changed[0, 3:] = 100.0
y2 = layer(changed, src_key_padding_mask=mask)
print("padded positions ignored:", torch.allclose(y[0, :3], y2[0, :3], atol=1e-5))
#> padded positions ignored: True
