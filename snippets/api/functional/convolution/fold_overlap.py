import torch
import torch.nn as nn
import torch.nn.functional as F

x = torch.arange(12.0).reshape(1, 1, 3, 4)
cols = F.unfold(x, kernel_size=2)
back = F.fold(cols, output_size=(3, 4), kernel_size=2)
print(back[0, 0])
#> tensor([[ 0.,  2.,  4.,  3.],
#>         [ 8., 20., 24., 14.],
#>         [ 8., 18., 20., 11.]])
print(torch.equal(back, x))
#> False

counts = F.fold(F.unfold(torch.ones_like(x), kernel_size=2), output_size=(3, 4), kernel_size=2)
print(counts[0, 0])
#> tensor([[1., 2., 2., 1.],
#>         [2., 4., 4., 2.],
#>         [1., 2., 2., 1.]])
print(torch.equal(back / counts, x))
#> True

tiles = F.unfold(torch.arange(16.0).reshape(1, 1, 4, 4), kernel_size=2, stride=2)
print(torch.equal(F.fold(tiles, (4, 4), kernel_size=2, stride=2), torch.arange(16.0).reshape(1, 1, 4, 4)))
#> True
print(torch.equal(back, nn.Fold(output_size=(3, 4), kernel_size=2)(cols)))
#> True
