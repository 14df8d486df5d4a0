import torch
import torch.nn as nn

x = torch.tensor([[[1.0, 2.0, 3.0]]])
print(nn.ConstantPad1d((2, 1), value=-1.0)(x))
#> tensor([[[-1., -1.,  1.,  2.,  3., -1.]]])

image = torch.ones(1, 1, 2, 3)
padded = nn.ZeroPad2d((1, 0, 0, 2))(image)
print(tuple(image.shape), "->", tuple(padded.shape))
#> (1, 1, 2, 3) -> (1, 1, 4, 4)
print(padded[0, 0])
#> tensor([[0., 1., 1., 1.],
#>         [0., 1., 1., 1.],
#>         [0., 0., 0., 0.],
#>         [0., 0., 0., 0.]])
