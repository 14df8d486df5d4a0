import torch
from torch import nn

conv = nn.Conv2d(3, 8, 3)
image = torch.rand(1, 32, 32, 3)
try:
    conv(image)
except RuntimeError as error:
    print("RuntimeError:", error)
    #> RuntimeError: Given groups=1, weight of size [8, 3, 3, 3], expected input[1, 32, 32, 3] to have 3 channels, but got 32 channels instead

print("permuted:", tuple(image.permute(0, 3, 1, 2).shape), "->", tuple(conv(image.permute(0, 3, 1, 2)).shape))
#> permuted: (1, 3, 32, 32) -> (1, 8, 30, 30)
