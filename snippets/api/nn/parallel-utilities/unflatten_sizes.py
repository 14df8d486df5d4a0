import torch
from torch import nn

y = torch.arange(24.0).reshape(2, 12)
print("(3, 4):", tuple(nn.Unflatten(1, (3, 4))(y).shape))
#> (3, 4): (2, 3, 4)
print("torch.Size:", tuple(nn.Unflatten(1, torch.Size([3, 4]))(y).shape))
#> torch.Size: (2, 3, 4)
print("[2, -1]:", tuple(nn.Unflatten(1, [2, -1])(y).shape))
#> [2, -1]: (2, 2, 6)
print("dim=-1:", tuple(nn.Unflatten(-1, (2, 3, 2))(y).shape))
#> dim=-1: (2, 2, 3, 2)
print(nn.Unflatten(1, (3, 4)))
#> Unflatten(dim=1, unflattened_size=(3, 4))

x = torch.arange(24.0).reshape(2, 3, 4)
back = nn.Unflatten(1, (3, 4))(nn.Flatten()(x))
print("round trip equals x:", torch.equal(back, x), "view:", back.data_ptr() == x.data_ptr())
#> round trip equals x: True view: True
print("equals torch.unflatten:", torch.equal(nn.Unflatten(1, (3, 4))(y), torch.unflatten(y, 1, (3, 4))))
#> equals torch.unflatten: True

try:
    nn.Unflatten(1, (5, -1))(y)
except RuntimeError as error:
    print(error)
    #> unflatten: Provided sizes [5, -1] don't multiply up to the size of dim 1 (12) in the input tensor
try:
    nn.Unflatten(1, 12)
except TypeError as error:
    print(error)
    #> unflattened_size must be a tuple of ints, but found type int
try:
    nn.Unflatten(1, (-1, -1))(y)
except RuntimeError as error:
    print(str(error).splitlines()[1])
    #> only one dimension can be inferred
