import torch
from torch import nn

torch.manual_seed(0)
features = torch.randn(2, 8, 5, 5)
head = nn.Sequential(nn.AdaptiveAvgPool2d(1), nn.Linear(8, 10))
print("after pooling:", tuple(head[0](features).shape))
#> after pooling: (2, 8, 1, 1)
try:
    head(features)
except RuntimeError as error:
    print("without Flatten:", str(error).split(" (")[0])
    #> without Flatten: mat1 and mat2 shapes cannot be multiplied
head = nn.Sequential(nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(8, 10))
print("with Flatten:", tuple(head(features).shape))
#> with Flatten: (2, 10)
