import torch
import torch.nn as nn
import torch.nn.functional as F

print(hasattr(nn, "Maxpooling"), hasattr(nn, "Maxpool2d"), hasattr(nn, "MaxPool2d"))
#> False False True

x = torch.zeros(1, 1, 8, 8)
print(F.max_pool2d(x, kernel_size=2).shape)
#> torch.Size([1, 1, 4, 4])
print(F.max_pool2d(x, kernel_size=2, stride=1).shape)
#> torch.Size([1, 1, 7, 7])
