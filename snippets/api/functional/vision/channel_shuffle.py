import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.arange(6.0).reshape(1, 6, 1, 1)
for groups in [2, 3]:
    print(groups, F.channel_shuffle(x, groups).flatten())
    #> 2 tensor([0., 3., 1., 4., 2., 5.])
    #> 3 tensor([0., 2., 4., 1., 3., 5.])
by_hand = x.reshape(1, 2, 3, 1, 1).transpose(1, 2).reshape(1, 6, 1, 1)
print(torch.equal(F.channel_shuffle(x, 2), by_hand))
#> True
print(torch.equal(F.channel_shuffle(x, 2), nn.ChannelShuffle(2)(x)))
#> True

try:
    F.channel_shuffle(x, 4)
except RuntimeError as error:
    print("RuntimeError:", error)
    #> RuntimeError: Number of channels must be divisible by groups. Got 6 channels and 4 groups.
try:
    F.channel_shuffle(torch.arange(6.0).reshape(6, 1, 1), 2)
except RuntimeError as error:
    print("RuntimeError:", error)
    #> RuntimeError: Number of channels must be divisible by groups. Got 1 channels and 2 groups.
print(F.channel_shuffle(torch.arange(6.0).reshape(6, 1, 1).unsqueeze(0), 2).flatten())
#> tensor([0., 3., 1., 4., 2., 5.])
