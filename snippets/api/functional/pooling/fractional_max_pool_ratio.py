import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.arange(49.0).reshape(1, 1, 7, 7)
try:
    F.fractional_max_pool2d(x, 2, output_ratio=0.5)
except TypeError as error:
    print("TypeError:", error)
    #> TypeError: object of type 'float' has no len()

print(F.fractional_max_pool2d(x, 2, output_ratio=(0.5, 0.5)).shape, int(7 * 0.5))
#> torch.Size([1, 1, 3, 3]) 3
print(nn.FractionalMaxPool2d(2, output_ratio=0.5)(x).shape)
#> torch.Size([1, 1, 3, 3])
print(F.fractional_max_pool3d(x.unsqueeze(2).expand(1, 1, 4, 7, 7), 2, output_ratio=0.5).shape)
#> torch.Size([1, 1, 2, 3, 3])
