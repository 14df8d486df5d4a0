import torch
import torch.nn as nn

torch.manual_seed(0)
x = torch.ones(1, 6, 4)
y = nn.Dropout1d(p=0.5)(x)
print("Dropout1d zeros per channel:", (y == 0).sum(dim=2)[0].tolist())
#> Dropout1d zeros per channel: [4, 4, 0, 4, 4, 4]

x = torch.randn(100_000)
for layer in [nn.Dropout(p=0.2), nn.AlphaDropout(p=0.2)]:
    y = layer(x)
    print(f"{type(layer).__name__:12} std {y.std().item():.2f}")
    #> Dropout      std 1.12
    #> AlphaDropout std 1.00
