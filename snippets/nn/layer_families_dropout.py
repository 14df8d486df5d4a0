import torch
import torch.nn as nn

torch.manual_seed(0)
x = torch.ones(1, 6, 4)
y = nn.Dropout1d(p=0.5)(x)
print("Dropout1d zeros per channel:", (y == 0).sum(dim=2)[0].tolist())
#> Dropout1d zeros per channel: [4, 4, 0, 4, 4, 4]

standard = torch.randn(100_000)
for name, x in [("randn", standard), ("3 + 2 * randn", 3 + 2 * standard)]:
    print(f"input {name:13}  mean {x.mean().item():5.2f} std {x.std().item():.2f}")
    for layer in [nn.Dropout(p=0.2), nn.AlphaDropout(p=0.2)]:
        y = layer(x)
        print(f"  {type(layer).__name__:12}  mean {y.mean().item():5.2f} std {y.std().item():.2f}")
#> input randn          mean -0.00 std 1.00
#>   Dropout       mean -0.01 std 1.12
#>   AlphaDropout  mean -0.00 std 1.00
#> input 3 + 2 * randn  mean  2.99 std 2.00
#>   Dropout       mean  3.00 std 2.69
#>   AlphaDropout  mean  2.12 std 2.29
