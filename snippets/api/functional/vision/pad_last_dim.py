import torch
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.arange(1.0, 7.0).reshape(2, 3)
print(F.pad(x, (1, 0)))
#> tensor([[0., 1., 2., 3.],
#>         [0., 4., 5., 6.]])
print(F.pad(x, (0, 0, 1, 0)))
#> tensor([[0., 0., 0.],
#>         [1., 2., 3.],
#>         [4., 5., 6.]])
y = F.pad(x, (1, 0, 0, 2), value=-1.0)
print(y)
#> tensor([[-1.,  1.,  2.,  3.],
#>         [-1.,  4.,  5.,  6.],
#>         [-1., -1., -1., -1.],
#>         [-1., -1., -1., -1.]])
print(tuple(x.shape), "->", tuple(y.shape), (2 + 0 + 2, 3 + 1 + 0))
#> (2, 3) -> (4, 4) (4, 4)
print(F.pad(x, (-1, 0)))
#> tensor([[2., 3.],
#>         [5., 6.]])
print(F.pad(x, (-1, 1, -1, 0)))
#> tensor([[5., 6., 0.]])
