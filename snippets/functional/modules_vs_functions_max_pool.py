import torch
import torch.nn as nn
import torch.nn.functional as F

print(hasattr(nn, "Maxpooling"), hasattr(nn, "MaxPool2d"))
#> False True

x = torch.arange(16.0).reshape(1, 1, 4, 4)
print(nn.MaxPool2d(2)(x).shape)
#> torch.Size([1, 1, 2, 2])
print(F.max_pool2d(x, 2).shape)
#> torch.Size([1, 1, 2, 2])
print(F.max_pool2d(x, 2, stride=1).shape)
#> torch.Size([1, 1, 3, 3])
print(F.max_pool2d(x, 2)[0, 0])
#> tensor([[ 5.,  7.],
#>         [13., 15.]])
