import torch
from torch import nn

x = torch.arange(1.0, 10.0).view(1, 1, 3, 3)
unfold = nn.Unfold(kernel_size=2)
fold = nn.Fold(output_size=(3, 3), kernel_size=2)
back = fold(unfold(x))
print(back[0, 0])
#> tensor([[ 1.,  4.,  3.],
#>         [ 8., 20., 12.],
#>         [ 7., 16.,  9.]])
print("equals x:", torch.equal(back, x))
#> equals x: False
counts = fold(unfold(torch.ones_like(x)))
print(counts[0, 0])
#> tensor([[1., 2., 1.],
#>         [2., 4., 2.],
#>         [1., 2., 1.]])
print("back / counts equals x:", torch.equal(back / counts, x))
#> back / counts equals x: True
