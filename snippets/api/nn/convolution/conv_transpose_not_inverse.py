import torch
from torch import nn

torch.manual_seed(0)
down = nn.Conv2d(1, 1, 3, stride=2, padding=1, bias=False)
up = nn.ConvTranspose2d(1, 1, 3, stride=2, padding=1, bias=False)
up.weight = down.weight

for size in (7, 8):
    x = torch.randn(1, 1, size, size)
    small = down(x)
    print(f"{size}x{size} -> conv {tuple(small.shape[2:])} -> transposed {tuple(up(small).shape[2:])}")
    #> 7x7 -> conv (4, 4) -> transposed (7, 7)
    #> 8x8 -> conv (4, 4) -> transposed (7, 7)
back = up(small, output_size=[8, 8])
print("output_size=[8, 8]:", tuple(back.shape[2:]))
#> output_size=[8, 8]: (8, 8)
print("shape back:", back.shape == x.shape, "| values back:", torch.allclose(back, x, atol=1e-3))
#> shape back: True | values back: False
print("x[0, 0, 0, :3]:   ", [round(v, 3) for v in x[0, 0, 0, :3].tolist()])
#> x[0, 0, 0, :3]:    [0.001, 0.842, -0.4]
print("back[0, 0, 0, :3]:", [round(v, 3) for v in back[0, 0, 0, :3].tolist()])
#> back[0, 0, 0, :3]: [-0.012, 0.084, 0.04]
