import torch
import torch.nn as nn

torch.manual_seed(0)
x = torch.ones(1, 6, 2, 2)
for layer in [nn.Dropout(p=0.5), nn.Dropout2d(p=0.5)]:
    y = layer(x)
    zeros = (y == 0).sum(dim=(2, 3))[0].tolist()
    print(f"{type(layer).__name__:9} zeros per channel {zeros}  values {sorted(set(y.unique().tolist()))}")
    #> Dropout   zeros per channel [3, 2, 1, 1, 2, 2]  values [0.0, 2.0]
    #> Dropout2d zeros per channel [0, 4, 4, 4, 4, 0]  values [0.0, 2.0]
