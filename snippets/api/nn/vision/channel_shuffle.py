import torch
from torch import nn

x = torch.arange(6.0).view(1, 6, 1, 1)
shuffle = nn.ChannelShuffle(groups=2)
y = shuffle(x)
print("groups=2:", y.flatten().tolist())
#> groups=2: [0.0, 3.0, 1.0, 4.0, 2.0, 5.0]
print("groups=3:", nn.ChannelShuffle(3)(x).flatten().tolist())
#> groups=3: [0.0, 2.0, 4.0, 1.0, 3.0, 5.0]

g, c = 2, 6
by_hand = [(k % g) * (c // g) + k // g for k in range(c)]
print("by hand (k % g) * (C/g) + k // g:", by_hand)
#> by hand (k % g) * (C/g) + k // g: [0, 3, 1, 4, 2, 5]
print("view(g, C/g).transpose:", torch.equal(y, x.view(1, g, c // g, 1, 1).transpose(1, 2).reshape(1, c, 1, 1)))
#> view(g, C/g).transpose: True
print(shuffle, "parameters:", list(shuffle.parameters()), "buffers:", list(shuffle.buffers()))
#> ChannelShuffle(groups=2) parameters: [] buffers: []
print("same in eval():", torch.equal(shuffle.train()(x), shuffle.eval()(x)))
#> same in eval(): True
try:
    nn.ChannelShuffle(4)(x)
except RuntimeError as error:
    print("6 channels, groups=4:", type(error).__name__)
    #> 6 channels, groups=4: RuntimeError
