import torch
import torch.nn as nn

torch.manual_seed(0)
bilinear = nn.Bilinear(in1_features=3, in2_features=4, out_features=2)
x1 = torch.randn(5, 3)
x2 = torch.randn(5, 4)
y = bilinear(x1, x2)
print(tuple(bilinear.weight.shape), tuple(y.shape))
#> (2, 3, 4) (5, 2)
by_hand = torch.einsum("bi,oij,bj->bo", x1, bilinear.weight, x2) + bilinear.bias
print(torch.allclose(y, by_hand))
#> True

identity = nn.Identity()
print(identity(x1) is x1)
#> True
