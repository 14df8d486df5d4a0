import torch
from torch import nn

conv = nn.Conv2d(4, 8, 3, bias=False)
up = nn.ConvTranspose2d(4, 8, 3, bias=False)
print("Conv2d(4, 8):         ", tuple(conv.weight.shape))
#> Conv2d(4, 8):          (8, 4, 3, 3)
print("ConvTranspose2d(4, 8):", tuple(up.weight.shape))
#> ConvTranspose2d(4, 8): (4, 8, 3, 3)
print("ConvTranspose2d(4, 8, groups=2):", tuple(nn.ConvTranspose2d(4, 8, 3, groups=2).weight.shape))
#> ConvTranspose2d(4, 8, groups=2): (4, 4, 3, 3)
try:
    up.load_state_dict(conv.state_dict())
except RuntimeError as error:
    print("RuntimeError:", str(error).splitlines()[1].strip())
    #> RuntimeError: size mismatch for weight: copying a param with shape torch.Size([8, 4, 3, 3]) from checkpoint, the shape in current model is torch.Size([4, 8, 3, 3]).
back = nn.ConvTranspose2d(8, 4, 3, bias=False)
back.load_state_dict(conv.state_dict())
print("ConvTranspose2d(8, 4) loads it:", torch.equal(back.weight, conv.weight), "| channels 8 ->", back(torch.randn(1, 8, 5, 5)).shape[1])
#> ConvTranspose2d(8, 4) loads it: True | channels 8 -> 4
