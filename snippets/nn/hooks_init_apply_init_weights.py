import math

import torch
import torch.nn as nn


def init_weights(m):
    if isinstance(m, nn.Conv2d):
        nn.init.kaiming_normal_(m.weight, mode="fan_out", nonlinearity="relu")
        nn.init.constant_(m.bias, 0.0)
    elif isinstance(m, nn.Linear):
        nn.init.normal_(m.weight, 0.0, 0.01)
        nn.init.constant_(m.bias, 0.01)


torch.manual_seed(0)
model = nn.Sequential(
    nn.Conv2d(3, 64, 3), nn.ReLU(), nn.Conv2d(64, 64, 3), nn.ReLU(),
    nn.Flatten(), nn.Linear(64 * 28 * 28, 10),
)
returned = model.apply(init_weights)
print(returned is model)
#> True
for name, p in model.named_parameters():
    print(f"{name:9} mean={p.mean().item():+.4f} std={p.std().item():.4f}")
    #> 0.weight  mean=+0.0007 std=0.0585
    #> 0.bias    mean=+0.0000 std=0.0000
    #> 2.weight  mean=+0.0002 std=0.0589
    #> 2.bias    mean=+0.0000 std=0.0000
    #> 5.weight  mean=-0.0000 std=0.0100
    #> 5.bias    mean=+0.0100 std=0.0000
print(f"kaiming fan_out theory: sqrt(2/(64*3*3)) = {math.sqrt(2 / (64 * 3 * 3)):.4f}")
#> kaiming fan_out theory: sqrt(2/(64*3*3)) = 0.0589
