import torch
from torch import nn

torch.manual_seed(0)
image = torch.arange(16.0).view(1, 1, 4, 4)
unshuffle = nn.PixelUnshuffle(downscale_factor=2)
z = unshuffle(image)
print(tuple(image.shape), "->", tuple(z.shape))
#> (1, 1, 4, 4) -> (1, 4, 2, 2)
print("channel 1 = image[0, 0, 0::2, 1::2]:", z[0, 1].tolist(), image[0, 0, 0::2, 1::2].tolist())
#> channel 1 = image[0, 0, 0::2, 1::2]: [[1.0, 3.0], [9.0, 11.0]] [[1.0, 3.0], [9.0, 11.0]]

x = torch.randn(2, 3, 6, 8)
round_trip = nn.PixelShuffle(2)(nn.PixelUnshuffle(2)(x))
print("shuffle(unshuffle(x)) == x:", torch.equal(round_trip, x))
#> shuffle(unshuffle(x)) == x: True
print("parameters:", list(unshuffle.parameters()), "buffers:", list(unshuffle.buffers()))
#> parameters: [] buffers: []
print("same in eval():", torch.equal(unshuffle.train()(image), unshuffle.eval()(image)))
#> same in eval(): True
try:
    unshuffle(torch.randn(1, 1, 4, 5))
except RuntimeError as error:
    print("width 5:", type(error).__name__)
    #> width 5: RuntimeError
