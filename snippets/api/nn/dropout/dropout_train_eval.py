import torch
from torch import nn

torch.manual_seed(0)
layer = nn.Dropout(p=0.25)
print("parameters:", list(layer.named_parameters()), "buffers:", list(layer.named_buffers()))
#> parameters: [] buffers: []

x = torch.arange(1.0, 9.0)
y = layer(x)
print(y)
#> tensor([ 0.0000,  2.6667,  4.0000,  0.0000,  6.6667,  0.0000,  9.3333, 10.6667])
kept = y != 0
print("zeros:", int((~kept).sum()), "survivors = x / (1 - p):", torch.allclose(y[kept], x[kept] / (1 - 0.25)))
#> zeros: 3 survivors = x / (1 - p): True
print("y[1]:", round(y[1].item(), 4), "by hand 2 / 0.75:", round(2 / 0.75, 4))
#> y[1]: 2.6667 by hand 2 / 0.75: 2.6667

big = torch.ones(1_000_000)
print("fraction of zeros:", round((layer(big) == 0).float().mean().item(), 3))
#> fraction of zeros: 0.25

layer.eval()
print("eval() identity:", torch.equal(layer(x), x), "same object:", layer(x) is x)
#> eval() identity: True same object: True

layer = nn.Dropout(p=0.5, inplace=True).train()
z = torch.ones(8)
out = layer(z)
print("inplace:", z, out.data_ptr() == z.data_ptr())
#> inplace: tensor([0., 0., 0., 2., 0., 0., 2., 2.]) True
