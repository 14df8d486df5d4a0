import torch
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.zeros(1, 1, 5, 5)
x[0, 0, 0, 0], x[0, 0, 0, 3], x[0, 0, 2, 1], x[0, 0, 2, 2] = 1.0, 2.0, 3.0, 4.0
values, indices = F.max_pool2d(x, 2, return_indices=True)
print(indices[0, 0])
#> tensor([[ 0,  3],
#>         [11, 12]])

guessed = F.max_unpool2d(values, indices, 2)
print(guessed[0, 0])
#> tensor([[1., 0., 0., 2.],
#>         [0., 0., 0., 0.],
#>         [0., 0., 0., 3.],
#>         [4., 0., 0., 0.]])
exact = F.max_unpool2d(values, indices, 2, output_size=x.shape[-2:])
print(exact[0, 0])
#> tensor([[1., 0., 0., 2., 0.],
#>         [0., 0., 0., 0., 0.],
#>         [0., 3., 4., 0., 0.],
#>         [0., 0., 0., 0., 0.],
#>         [0., 0., 0., 0., 0.]])
print(torch.equal(exact, x))
#> True
